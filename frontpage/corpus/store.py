"""The corpus on disk: Parquet datasets of part files, written so that a killed run loses nothing.

Each batch of editions becomes one part file per dataset, named by the batch's content
(``part-<hash>.parquet``). A part file is written under a temporary name and renamed into
place, so a reader never sees half a file; the ``editions`` part is written last. An edition
therefore counts as done only once all of its rows are on disk, and a run killed between a
batch's files leaves part files with no ``editions`` twin: the next run removes them (they are
orphans) before it starts, so no row is ever counted twice.

Temporary files start with a dot, which pyarrow, pandas and Dask skip; DuckDB's
``read_parquet('OUT/claims/*.parquet')`` does not match them either.
"""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .schema import TABLES

DATASETS = tuple(TABLES)
WRITE_ORDER = ("articles", "claims", "editions")
"""Editions last: an edition row on disk means the edition's articles and claims are too."""


def batch_name(keys: list[tuple[str, str]]) -> str:
    """A batch's part-file name, from its editions' (key, sha256): the same batch, the same name."""
    h = hashlib.sha256("\n".join(f"{k}\t{s}" for k, s in keys).encode("utf-8")).hexdigest()
    return f"part-{h[:20]}.parquet"


class Store:
    """The datasets under ``out``: ``editions/``, ``articles/``, ``claims/`` and ``errors.csv``."""

    def __init__(self, out: str | os.PathLike[str]) -> None:
        self.out = Path(out)
        for name in DATASETS:
            (self.out / name).mkdir(parents=True, exist_ok=True)

    def parts(self, name: str) -> list[Path]:
        return sorted(p for p in (self.out / name).glob("part-*.parquet"))

    def clean(self) -> int:
        """Remove what a killed run left: temporary files, and part files of a batch whose editions
        part was never written. Returns how many files went."""
        done = {p.name for p in self.parts("editions")}
        gone = 0
        for name in DATASETS:
            for p in (self.out / name).iterdir():
                if p.name.startswith(".") and p.name.endswith(".tmp") or (
                        p.name.startswith("part-") and name != "editions" and p.name not in done):
                    p.unlink()
                    gone += 1
        return gone

    def recorded(self) -> dict[str, tuple[str, str]]:
        """Edition key → (sha256, status) of every edition on disk."""
        out: dict[str, tuple[str, str]] = {}
        for p in self.parts("editions"):
            t = pq.read_table(p, columns=["edition", "sha256", "status"])
            out.update(zip(t["edition"].to_pylist(), zip(t["sha256"].to_pylist(), t["status"].to_pylist())))
        return out

    def write_batch(self, name: str, tables: dict[str, pa.Table]) -> None:
        """Write a batch's part files atomically, the editions part last."""
        for dataset in WRITE_ORDER:
            t = tables[dataset]
            if t.num_rows or dataset == "editions":
                _write_atomically(t, self.out / dataset / name)

    def drop(self, keys: set[str]) -> int:
        """Remove every row of the editions ``keys`` (about to be processed again), rewriting the part
        files that hold them: those of the batches whose editions part names them (only the small
        editions parts are searched), editions parts last, so a drop interrupted midway leaves those
        editions recorded with their old sha256 and the next run drops them again. Returns the rows
        removed."""
        if not keys:
            return 0
        wanted = pa.array(sorted(keys), pa.string())
        names = [p.name for p in self.parts("editions")
                 if pc.any(pc.is_in(pq.read_table(p, columns=["edition"])["edition"], value_set=wanted)).as_py()]
        removed = 0
        for dataset in WRITE_ORDER:
            for name in names:
                removed += self._drop_from(self.out / dataset / name, wanted, keep_empty=dataset == "editions")
        return removed

    @staticmethod
    def _drop_from(path: Path, wanted: pa.Array, keep_empty: bool) -> int:
        if not path.exists():
            return 0
        t = pq.read_table(path)
        hit = pc.is_in(t["edition"], value_set=wanted)
        n = pc.sum(hit).as_py() or 0
        if n:
            kept = t.filter(pc.invert(hit))
            if kept.num_rows or keep_empty:
                _write_atomically(kept, path)
            else:
                path.unlink()
        return n

    def write_errors(self) -> int:
        """``errors.csv`` (edition, error) from the editions on disk, sorted by edition. Returns its rows."""
        rows = []
        for p in self.parts("editions"):
            t = pq.read_table(p, columns=["edition", "status", "error"])
            rows += [(k, e) for k, s, e in zip(*(t[c].to_pylist() for c in ("edition", "status", "error")))
                     if s == "error"]
        rows.sort()
        tmp = self.out / ".errors.csv.tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["edition", "error"])
            w.writerows(rows)
        os.replace(tmp, self.out / "errors.csv")
        return len(rows)


def _write_atomically(t: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(t, tmp, compression="zstd")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
