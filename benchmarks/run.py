"""Benchmarks whose numbers go in the README and closing notes: ``make bench``.

    python benchmarks/run.py            # everything
    python benchmarks/run.py book       # one group: book | parse | claims | pdf | loeo | corpus

Times are wall-clock seconds on this machine, best (min) of several runs where cheap. The
``loeo`` group prints each annotated edition's headlines, starts and article count at first
contact and today (leave one edition out, for hand-written rules). ``benchmarks/line_roles.py``
weighs a learned line-role model (gradient-boosted trees), trained only on the editions annotated
before each blind batch, against the rules at that batch's first contact; each clean test (a batch
still held out when both were scored) is kept in ``data/editions/learned_line_roles.csv``, and the
rules stay while they lead there.
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

from frontpage.book.page import DEFAULT_EDITION  # noqa: E402


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

    per_notebook: dict[str, float] = {}

    def execute_all():
        for path in notebooks:
            nb = nbformat.read(path, as_version=4)
            start = time.perf_counter()
            NotebookClient(nb, timeout=300, kernel_name="python3",
                           resources={"metadata": {"path": str(path.parent)}}).execute()
            per_notebook[path.stem] = time.perf_counter() - start

    results = {"notebooks": len(notebooks)}
    results["nbclient_execute_s"] = timed(execute_all)
    slowest = max(per_notebook, key=per_notebook.get)
    results["slowest_chapter"] = f"{slowest} {per_notebook[slowest]:.2f} s"  # issue 5: each under 10 s
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        cmd = [sys.executable, "-m", "frontpage.book.build", "--output", str(out)]

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


EDITIONS = [DEFAULT_EDITION, *sorted((ROOT / "data" / "editions" / "dev").glob("*.txt"))]


def corpus(size: int) -> str:
    """The edition and the test editions, repeated until the text is at least ``size`` bytes."""
    one = "\n".join(p.read_text(encoding="utf-8") for p in EDITIONS) + "\n"
    return one * (size // len(one.encode("utf-8")) + 1)


MEMORY_PROBE = """
import resource, sys, time
from datetime import date
from frontpage.parse.reading import read_edition
from frontpage.parse.articles import parse_articles
{extra_import}


def status_kb(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


try:  # reset the peak (VmHWM) so that import-time peaks do not count
    open("/proc/self/clear_refs", "w").write("5")
except OSError:
    pass
base = status_kb("VmRSS")
t = time.perf_counter()
e = read_edition(sys.argv[1], max_bytes=1 << 30)
size = e.size
result = {work}
took = time.perf_counter() - t
peak = status_kb("VmHWM")
print(size, took, (peak - base) * 1024)
"""


def memory(path: Path, work: str = "parse_articles(e, date(2021, 4, 22))", extra_import: str = "") -> tuple[float, float]:
    """(MB/s, peak memory above the baseline after imports / input size) in a fresh interpreter."""
    code = MEMORY_PROBE.format(work=work, extra_import=extra_import)
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, check=True, capture_output=True, text=True)
    size, took, above = map(float, out.stdout.split())
    return size / took / 1e6, above / size


def bench_parse() -> dict[str, float]:
    """Read + reflow + segment: the edition after import, a 1 MB corpus, a 20 MB edition."""
    from datetime import date

    from frontpage.parse.articles import parse_articles
    from frontpage.parse.reading import read_edition

    parse_articles(read_edition(DEFAULT_EDITION), date(2021, 4, 22))  # warm up imports and caches
    results: dict[str, float] = {}
    results["edition_ms"] = 1000 * timed(lambda: parse_articles(read_edition(DEFAULT_EDITION), date(2021, 4, 22)), repeat=20)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "corpus-1mb.txt"
        big.write_text(corpus(1_000_000), encoding="utf-8")
        results["corpus_1mb_MB_per_s"], results["corpus_1mb_memory_x_input"] = memory(big)
        huge = Path(tmp) / "corpus-20mb.txt"
        text = corpus(1_000_000)
        huge.write_text(text * (19_500_000 // len(text.encode("utf-8"))), encoding="utf-8")
        results["edition_20mb_MB_per_s"], results["edition_20mb_memory_x_input"] = memory(huge)
    return results


def bench_claims() -> dict[str, float]:
    """Claims extraction over reflowed text, and the whole `edition claims` command (interpreter start included)."""
    from datetime import date

    from frontpage.parse.articles import parse_articles
    from frontpage.numbers.claims import extract_claims
    from frontpage.parse.reading import decode_edition, read_edition

    day = date(2021, 4, 22)
    results: dict[str, float] = {}
    edition = read_edition(DEFAULT_EDITION)
    articles = parse_articles(edition, day)
    extract_claims(edition, articles, day)
    results["edition_extract_ms"] = 1000 * timed(lambda: extract_claims(edition, articles, day), repeat=20)
    big = decode_edition(corpus(1_000_000).encode("utf-8"))
    big_articles = parse_articles(big, day)
    reflowed = sum(len(a.text.encode("utf-8")) for a in big_articles)
    results["corpus_reflowed_MB"] = reflowed / 1e6
    results["extract_MB_per_s"] = reflowed / 1e6 / timed(lambda: extract_claims(big, big_articles, day), repeat=3)
    cli = [str(Path(sys.executable).with_name("edition")), "claims", str(DEFAULT_EDITION)]
    results["edition_claims_command_s"] = timed(lambda: subprocess.run(cli, check=True, capture_output=True), repeat=5)
    with tempfile.TemporaryDirectory() as tmp:
        huge = Path(tmp) / "edition-20mb.txt"
        text = corpus(1_000_000)
        huge.write_text(text * (19_500_000 // len(text.encode("utf-8"))), encoding="utf-8")
        probe = ("import sys\nfrom frontpage.cli import main\nimport frontpage.parse.articles, frontpage.numbers.claims\n"
                 "kb = lambda k: int(next(l for l in open('/proc/self/status') if l.startswith(k + ':')).split()[1])\n"
                 "open('/proc/self/clear_refs', 'w').write('5')\nbase = kb('VmRSS')\n"
                 "sys.stdout = open('/dev/null', 'w')\n"
                 "main(['claims', sys.argv[1], '--format', 'csv'])\n"
                 "print((kb('VmHWM') - base) * 1024, file=sys.stderr)")
        start = time.perf_counter()
        r = subprocess.run([sys.executable, "-c", probe, str(huge)], cwd=ROOT, check=True, capture_output=True, text=True)
        took = time.perf_counter() - start
        results["edition_20mb_claims_command_s"] = took
        results["edition_20mb_claims_memory_x_input"] = float(r.stderr.split()[-1]) / huge.stat().st_size
    return results


def bench_pdf() -> dict[str, float]:
    """Reading a page PDF (generated: tests/pdfpages.py): a page as full as a real front page, and
    a laid-out page with its articles, read into an edition and parsed; each under a second."""
    from frontpage.parse.pdf import pdf_edition
    from frontpage.pipeline import read_page
    from tests.pdfpages import full_page, make_page

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full.pdf"
        full.write_bytes(full_page())
        laid = Path(tmp) / "laid-out.pdf"
        laid.write_bytes(make_page(3, 6)[0])
        read_page(full).articles  # warm up imports
        results["full_page_characters"] = len(pdf_edition(full).text.replace("\n", ""))
        results["full_page_read_s"] = timed(lambda: pdf_edition(full), repeat=5)
        results["full_page_read_articles_claims_s"] = timed(lambda: read_page(full).claims, repeat=3)
        results["laid_out_page_read_articles_s"] = timed(lambda: read_page(laid).articles, repeat=5)
    return results


def bench_loeo() -> dict[str, str]:
    """Leave-one-edition-out: each annotated edition at first contact (before any rule was tuned
    on it) and today, for headlines found, starts found and the article count (found per annotated)."""
    import textwrap

    from frontpage.evaluation import LOEO_NOTE, evaluate_all, first_contact_vs_today
    from frontpage.evaluation.failures import first_contact_table

    print(textwrap.fill(LOEO_NOTE, 100), flush=True)
    table = first_contact_vs_today(evaluate_all(), first_contact_table())
    out: dict[str, str] = {}

    def pair(row, short: str) -> str:
        a, b = row[f"{short}, first contact"], row[f"{short}, today"]
        return f"{short} {'–' if a is None or a != a else f'{a:.2f}'} → {'–' if b is None or b != b else f'{b:.2f}'}"

    for row in table.to_dict("records"):
        out[row["edition"]] = ", ".join(pair(row, short) for short in ("headlines", "starts", "count"))
    return out


def bench_corpus() -> dict[str, float]:
    """`edition corpus` on 2,000 generated editions with 1 and 2 workers, and the whole pipeline per core
    beside JioNLP on the same texts (benchmarks/corpus.py)."""
    from benchmarks.corpus import bench_corpus as run

    return run()


GROUPS = {"book": bench_book, "parse": bench_parse, "claims": bench_claims, "pdf": bench_pdf, "loeo": bench_loeo,
          "corpus": bench_corpus}


def main(argv: list[str]) -> int:
    names = argv or list(GROUPS)
    unknown = [n for n in names if n not in GROUPS]
    if unknown:
        print(f"benchmarks/run.py: no group {unknown[0]!r}; choose from {' | '.join(GROUPS)} (or none for all)",
              file=sys.stderr)
        return 2
    for name in names:
        print(f"== {name}", flush=True)
        for key, value in GROUPS[name]().items():
            print(f"{key:>28}: {value:.4g}" if isinstance(value, float) else f"{key:>28}: {value}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
