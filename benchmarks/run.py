"""Benchmarks whose numbers go in the README and closing notes: ``make bench``.

    python benchmarks/run.py            # everything
    python benchmarks/run.py book       # one group: book | parse | claims

Times are wall-clock seconds on this machine, best (min) of several runs where cheap.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frontpage.book import DEFAULT_EDITION  # noqa: E402


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def bench_book() -> dict[str, float]:
    """Pure notebook execution (nbclient, fresh kernel each) against a cold and a warm book build."""
    import nbformat
    from nbclient import NotebookClient

    env_edition = os.environ.pop("EDITION", None)
    notebooks = sorted((ROOT / "book").glob("*.ipynb"))

    def execute_all():
        for path in notebooks:
            nb = nbformat.read(path, as_version=4)
            NotebookClient(nb, timeout=300, kernel_name="python3",
                           resources={"metadata": {"path": str(path.parent)}}).execute()

    results = {"notebooks": len(notebooks)}
    results["nbclient_execute_s"] = timed(execute_all)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        cmd = [sys.executable, "-m", "frontpage.build", "--output", str(out)]

        def cold():
            shutil.rmtree(out / "_build", ignore_errors=True)
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)

        def warm():
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)

        results["cold_build_s"] = timed(cold)
        results["warm_rebuild_s"] = timed(warm, repeat=3)
    results["cold_over_nbclient"] = results["cold_build_s"] / results["nbclient_execute_s"]
    if env_edition is not None:
        os.environ["EDITION"] = env_edition
    return results


GROUPS = {"book": bench_book}


def main(argv: list[str]) -> None:
    names = argv or list(GROUPS)
    for name in names:
        print(f"== {name}", flush=True)
        for key, value in GROUPS[name]().items():
            print(f"{key:>28}: {value:.4g}" if isinstance(value, float) else f"{key:>28}: {value}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
