"""The corpus benchmark (issue 14): ``python benchmarks/corpus.py [EDITIONS]`` or ``make bench``.

- throughput of ``edition corpus`` on a generated corpus (default 2,000 editions) with 1 and 2
  local workers: wall time, time after set-up (walk, hash, cluster start), MB/s, MB/s per
  worker, peak memory per worker;
- the whole pipeline (read, articles, claims with context, as the workers run it) on one core,
  in this process, on the generated editions and on the book's own edition, beside JioNLP's
  money and time extraction (``jio.ner.extract_money``, ``jio.ner.extract_time``, which calls
  ``jio.parse_time``) on the same texts in the same run.

MB are 10^6 bytes of edition files (UTF-8, about 3 bytes per Chinese character). CPU seconds
(``time.process_time``) are used for the one-core figures, so that other work on the machine
does not count against them; the Dask runs are wall-clock, and their workers' CPU seconds give
the per-core figure under Dask (``MB_per_worker_cpu_s``). On a machine shared with other work
(see the load average printed), wall-clock scaling says more about the neighbours than the code.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frontpage.corpus.generate import generate  # noqa: E402
from frontpage.corpus.records import Item, file_sha256, process_batch  # noqa: E402
from frontpage.corpus.run import run_corpus, walk  # noqa: E402
from frontpage.paths import DEFAULT_EDITION  # noqa: E402

SAMPLE = 300
"""Editions of the generated corpus timed on one core, ours and JioNLP's."""


def _cpu(fn) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def scaling(folder: Path, tmp: Path, workers: tuple[int, ...] = (1, 2)) -> dict:
    results: dict = {}
    for w in workers:
        s = run_corpus(folder, tmp / f"out-{w}", workers=w, progress="never")
        work = s.seconds - s.setup_seconds
        results[f"workers_{w}_wall_s"] = s.seconds
        results[f"workers_{w}_after_setup_s"] = work
        results[f"workers_{w}_MB_per_s"] = s.bytes / 1e6 / work
        results[f"workers_{w}_MB_per_s_per_worker"] = s.bytes / 1e6 / work / w
        results[f"workers_{w}_MB_per_worker_cpu_s"] = s.bytes / 1e6 / s.worker_cpu_seconds
        results[f"workers_{w}_peak_MiB_per_worker"] = max(s.worker_peak_bytes.values()) / 2**20
        results[f"workers_{w}_claims_and_context"] = s.claims
        results[f"workers_{w}_output_MB"] = sum(p.stat().st_size for p in (tmp / f"out-{w}").rglob("*") if p.is_file()) / 1e6
    results["load_average_1min_at_end"] = os.getloadavg()[0]
    if len(workers) > 1:
        a, b = workers[0], workers[-1]
        results[f"speedup_{a}_to_{b}_workers"] = results[f"workers_{b}_MB_per_s"] / results[f"workers_{a}_MB_per_s"]
    return results


def one_core(items: list[Item], label: str) -> dict:
    """The whole pipeline and JioNLP on the same texts, one core, CPU seconds."""
    size = sum(i.size for i in items)
    process_batch(items[:3])  # warm: imports, vocabularies, compiled patterns
    ours = _cpu(lambda: process_batch(items))
    texts = [Path(i.path).read_text(encoding="utf-8") for i in items]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):  # its banner, its notes
        import jionlp as jio

        jio.ner.extract_money(texts[0])
        jio.ner.extract_time(texts[0])
        money = _cpu(lambda: [jio.ner.extract_money(t) for t in texts])
        times = _cpu(lambda: [jio.ner.extract_time(t) for t in texts])
    return {f"{label}_MB": size / 1e6,
            f"{label}_pipeline_MB_per_s_per_core": size / 1e6 / ours,
            f"{label}_jionlp_money_MB_per_s": size / 1e6 / money,
            f"{label}_jionlp_time_MB_per_s": size / 1e6 / times,
            f"{label}_jionlp_money_and_time_MB_per_s": size / 1e6 / (money + times),
            f"{label}_pipeline_over_jionlp": (money + times) / ours}


def worker_baseline_MiB() -> float:
    """A fresh interpreter's resident memory after importing the pipeline and running one edition:
    what a worker holds before its share of a batch."""
    import subprocess

    code = ("from frontpage.corpus.records import Item, process_batch, file_sha256\n"
            f"p = {str(DEFAULT_EDITION)!r}\n"
            "process_batch([Item('e', p, file_sha256(p), 1)])\n"
            "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS:')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1]) / 1024


def bench_corpus(editions: int = 2000) -> dict:
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        generate(folder, editions, bad=3, seed=1)
        items = walk(folder)
        results["editions"] = len(items)
        results["corpus_MB"] = sum(i.size for i in items) / 1e6
        results.update(scaling(folder, Path(tmp)))
        good = [i for i in items if "/bad/" not in i.key][:SAMPLE]
        results.update(one_core(good, "generated"))
    book = Item("book", str(DEFAULT_EDITION), file_sha256(DEFAULT_EDITION), DEFAULT_EDITION.stat().st_size)
    results.update(one_core([book] * 60, "book_edition"))
    results["worker_baseline_MiB"] = worker_baseline_MiB()
    return results


def main(argv: list[str]) -> None:
    for key, value in bench_corpus(int(argv[0]) if argv else 2000).items():
        print(f"{key:>44}: {value:.4g}" if isinstance(value, float) else f"{key:>44}: {value}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
