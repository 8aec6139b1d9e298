"""``edition corpus DIR --out OUT``: walk, skip what is done, batch, run on Dask, write, report.

The client (this process) walks DIR, hashes every edition, skips those already in OUT with the
same sha256, and cuts the rest into batches of about ``batch_bytes``; the workers run
:func:`.records.process_batch` on a batch and send back its tables; the client writes them
(:class:`.store.Store`), so there is one writer and the workers need no access to OUT. At
most two batches per worker thread are in flight, so memory stays bounded whatever the
corpus size. A batch whose worker dies (a memory limit, a crash) is retried edition by
edition, and an edition that still kills its worker is recorded as an error.

The workers read the editions from their paths: on a cluster of several machines, DIR must be
on a file system they all see (and ``frontpage`` importable on them).
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..parse.reading import DEFAULT_MAX_BYTES
from .records import Item, file_sha256, process_batch
from .schema import table
from .store import Store, batch_name

SUFFIXES = (".txt", ".pdf")
"""What the walk picks up; a PDF becomes an edition when :func:`frontpage.pipeline.read_page` reads
PDFs, an error row saying why not otherwise (``--retry-errors`` processes it again later)."""

BATCH_BYTES = 1_000_000
BATCH_MAX = 200
MIN_BATCHES = 32
"""A small corpus is cut into at least this many batches (of at least 32 kB), so that every worker
has work until near the end; the cut depends only on the editions, never on the workers."""


@dataclass
class Summary:
    found: int = 0
    skipped: int = 0
    processed: int = 0
    errors: int = 0
    articles: int = 0
    claims: int = 0
    bytes: int = 0
    seconds: float = 0.0
    setup_seconds: float = 0.0  # walking, hashing, cleaning and starting the cluster: before the first batch
    workers: int = 0
    worker_peak_bytes: dict[str, int] = field(default_factory=dict)
    worker_cpu_seconds: float = 0.0  # CPU time the workers spent on this run (all of them)
    errors_total: int = 0

    def line(self, out: str) -> str:
        rate = self.bytes / 1e6 / self.seconds if self.seconds else 0.0
        peak = max(self.worker_peak_bytes.values(), default=0) / 2**20
        if not self.processed:
            return (f"corpus: {self.found} editions under the folder, all already done in {out}; "
                    f"{self.errors_total} editions in {out}/errors.csv")
        return (f"corpus: {self.found} editions under the folder: {self.processed} processed "
                f"({self.errors} errors), {self.skipped} already done; {self.articles} articles, "
                f"{self.claims} claims and context rows; {self.bytes / 1e6:.2f} MB in {self.seconds:.1f} s "
                f"({rate:.2f} MB/s on {self.workers} workers, peak {peak:.0f} MiB per worker); "
                f"{self.errors_total} editions in {out}/errors.csv")


def walk(root: str | os.PathLike[str]) -> list[Item]:
    """Every edition file under ``root`` (recursively, hidden folders skipped), sorted, hashed."""
    root = Path(root)
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                found.append(Path(dirpath) / name)
    found.sort(key=lambda p: p.relative_to(root).as_posix())
    return [Item(p.relative_to(root).as_posix(), str(p.resolve()), file_sha256(p), p.stat().st_size)
            for p in found if p.is_file()]


def batches(items: list[Item], batch_bytes: int = BATCH_BYTES, batch_max: int = BATCH_MAX) -> Iterator[list[Item]]:
    """Consecutive editions, about ``batch_bytes`` (and at most ``batch_max`` editions) at a time."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += item.size
        if size >= batch_bytes or len(batch) >= batch_max:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def to_do(items: list[Item], recorded: dict[str, tuple[str, str]], retry_errors: bool) -> tuple[list[Item], set[str]]:
    """(the editions to process, the recorded editions among them whose rows must go first)."""
    todo, stale = [], set()
    for item in items:
        sha, status = recorded.get(item.key, (None, None))
        if sha == item.sha256 and not (retry_errors and status == "error"):
            continue
        todo.append(item)
        if sha is not None:
            stale.add(item.key)
    return todo, stale


def _peak_rss() -> int:
    """This process's peak resident memory in bytes (run on each worker)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


LOCAL_HTTP = "127.0.0.1:0"
"""Where a local cluster's scheduler serves HTTP (health, metrics; no dashboard): a free port on this
machine only, never the fixed 8787 another cluster may hold."""


class _Client:
    """A Dask client on the cluster at ``scheduler``, else on a new local cluster of ``workers``
    single-threaded worker processes (closed on exit)."""

    def __init__(self, workers: int | None, scheduler: str | None, memory_limit: str | None) -> None:
        self.workers, self.scheduler, self.memory_limit = workers, scheduler, memory_limit
        self.cluster = None

    def __enter__(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            self.cluster = LocalCluster(n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                                        processes=True, dashboard_address=None, silence_logs=logging.ERROR,
                                        memory_limit=self.memory_limit or "auto",
                                        scheduler_kwargs={"dashboard_address": LOCAL_HTTP})
            self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _failed_batch(client, batch: list[Item], max_bytes: int, exc: BaseException) -> dict:
    """A batch whose task failed (its worker died): each edition on its own, an error row for one that fails again."""
    from .records import one_line

    rows: dict[str, list] = {"editions": [], "articles": [], "claims": []}
    for item in batch:
        try:
            tables = client.submit(process_batch, [item], max_bytes, pure=False, retries=0).result()
            for name, t in tables.items():
                rows[name].extend(t.to_pylist())
        except Exception as again:  # noqa: BLE001 - recorded, the run goes on
            rows["editions"].append({"edition": item.key, "sha256": item.sha256, "bytes": item.size,
                                     "status": "error", "error": "worker failed: " + one_line(again)})
    return {name: table(name, r) for name, r in rows.items()}


def schedule(client, work: Iterator[list[Item]], max_bytes: int, done: Callable[[list[Item], dict], None],
             window: int) -> None:
    """Run ``process_batch`` on every batch of ``work`` with at most ``window`` in flight; ``done(batch,
    tables)`` as each finishes, in the order they finish."""
    from distributed import as_completed

    flying: dict = {}
    pending = as_completed()

    def submit() -> None:
        batch = next(work, None)
        if batch is not None:
            fut = client.submit(process_batch, batch, max_bytes, pure=False)
            flying[fut.key] = batch
            pending.add(fut)

    for _ in range(window):
        submit()
    for fut in pending:
        batch = flying.pop(fut.key)
        try:
            tables = fut.result()
        except Exception as exc:  # noqa: BLE001 - the worker died: retry the batch edition by edition
            tables = _failed_batch(client, batch, max_bytes, exc)
        fut.release()
        done(batch, tables)
        submit()


def _progress(total: int, show: str, skipped: int):
    from tqdm import tqdm

    disable = show == "never" or (show == "auto" and not sys.stderr.isatty())
    return tqdm(total=total, unit="edition", file=sys.stderr, disable=disable, smoothing=0.1,
                desc=f"editions ({skipped} already done)" if skipped else "editions")


def run_corpus(root: str | os.PathLike[str], out: str | os.PathLike[str], *, workers: int | None = None,
               scheduler: str | None = None, memory_limit: str | None = None, batch_bytes: int = BATCH_BYTES,
               batch_max: int = BATCH_MAX, max_bytes: int = DEFAULT_MAX_BYTES, retry_errors: bool = False,
               progress: str = "auto") -> Summary:
    """The whole pipeline over every edition under ``root``, into the datasets under ``out`` (see
    the module doc); returns what it did."""
    start = time.perf_counter()
    store = Store(out)
    store.clean()
    items = walk(root)
    todo, stale = to_do(items, store.recorded(), retry_errors)
    store.drop(stale)
    s = Summary(found=len(items), skipped=len(items) - len(todo))
    bar = _progress(len(todo), progress, s.skipped)

    def done(batch: list[Item], tables: dict) -> None:
        store.write_batch(batch_name([(i.key, i.sha256) for i in batch]), tables)
        ed = tables["editions"]
        s.processed += ed.num_rows
        s.errors += sum(1 for x in ed["status"].to_pylist() if x != "ok")
        s.articles += tables["articles"].num_rows
        s.claims += tables["claims"].num_rows
        s.bytes += sum(i.size for i in batch)
        bar.update(ed.num_rows)
        bar.set_postfix(errors=s.errors, MB=f"{s.bytes / 1e6:.1f}", refresh=False)

    try:
        if todo:
            with _Client(workers, scheduler, memory_limit) as client:
                threads = sum(client.nthreads().values()) or 1
                s.workers = len(client.nthreads())
                s.setup_seconds = time.perf_counter() - start
                cpu = client.run(time.process_time)
                size = min(batch_bytes, max(32_000, sum(i.size for i in todo) // MIN_BATCHES))
                schedule(client, batches(todo, size, batch_max), max_bytes, done, 2 * threads)
                s.worker_peak_bytes = client.run(_peak_rss)
                s.worker_cpu_seconds = sum(t - cpu.get(w, 0.0) for w, t in client.run(time.process_time).items())
    finally:
        bar.close()
        s.errors_total = store.write_errors()
        s.seconds = time.perf_counter() - start
    return s
