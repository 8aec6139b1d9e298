"""The ``edition`` command: a thin shell over the package's functions.

Errors in the input are reported as one line on stderr with exit status 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from .parse.reading import DEFAULT_MAX_BYTES, Edition, EditionError, read_edition
from .pipeline import iter_sections, page_of

EXIT_INPUT_ERROR = 2


def _size(text: str) -> int:
    """Parse a byte count such as ``20000000``, ``20MB`` or ``512k``."""
    units = {"": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3, "gb": 1000**3,
             "kib": 1024, "mib": 1024**2, "gib": 1024**3}
    t = text.strip().lower()
    num = t.rstrip("kmgib")
    unit = t[len(num):]
    try:
        value = float(num)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}") from None
    if unit not in units or value <= 0:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    return int(value * units[unit])


def _page_number(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a page number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"pages are numbered from 1: {text!r}")
    return n


def _reading_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--page", type=_page_number, metavar="N",
                   help="for a PDF: which page to read (default 1)")
    p.add_argument("--encoding", help="decode with this encoding instead of trying UTF-8 then GB18030")
    p.add_argument(
        "--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
        help=f"refuse files larger than this (default {DEFAULT_MAX_BYTES:,} bytes; accepts 50MB, 512k)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="edition",
        description="Read a newspaper edition (the text layer of a page, or a page PDF) and report on it.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    info = sub.add_parser("info", help="print the edition's profile: encoding, sha256, sizes, line widths")
    info.add_argument("path", metavar="PATH", help="edition text file or page PDF")
    info.add_argument("--format", choices=("text", "json"), default="text")
    _reading_options(info)
    info.set_defaults(run=_info)

    text = sub.add_parser("text", help="print the edition's text as read (for a PDF: its page in the text-edition form)")
    text.add_argument("path", metavar="PATH", help="edition text file or page PDF")
    text.add_argument("--boxes", action="store_true",
                      help="for a PDF: print each line's page and bounding box before it (tab-separated)")
    _reading_options(text)
    text.set_defaults(run=_text)

    arts = sub.add_parser("articles", help="split the edition into articles with their parts")
    arts.add_argument("path", metavar="PATH", help="edition text file or page PDF")
    arts.add_argument("--format", choices=("json", "csv", "table"), default="table")
    _date_option(arts)
    _reading_options(arts)
    arts.set_defaults(run=_articles)

    cl = sub.add_parser(
        "claims", help="tabulate every quantitative claim (PATH may be a folder of editions: one table for all)",
    )
    cl.add_argument("path", metavar="PATH", help="edition text file or page PDF, or a folder of text editions (*.txt)")
    cl.add_argument("--format", choices=("json", "csv"), default="json")
    cl.add_argument("--context", action="store_true",
                    help="also list dates and periods (kinds date, period), which are context, not claims")
    cl.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                    help="progress bar on stderr for a folder (auto: when stderr is a terminal and there are 20+ files)")
    _date_option(cl)
    _reading_options(cl)
    cl.set_defaults(run=_claims, folder_ok=True)
    _corpus_parser(sub)
    return parser


def _corpus_parser(sub) -> None:
    co = sub.add_parser(
        "corpus", help="run the whole pipeline over every edition under DIR on Dask, into Parquet datasets in OUT",
        description="Articles, claims and context of every edition under DIR (recursively: *.txt, *.pdf), on a "
                    "Dask cluster, into OUT/editions/, OUT/articles/, OUT/claims/ (Parquet) and OUT/errors.csv. "
                    "Editions already in OUT with the same sha256 are skipped, so an interrupted run continues.",
    )
    co.add_argument("path", metavar="DIR", help="folder of editions (searched recursively)")
    co.add_argument("--out", required=True, metavar="OUT", help="output folder (created; reused to resume)")
    co.add_argument("--workers", type=int, metavar="N", help="local worker processes (default: the number of cores)")
    co.add_argument("--scheduler", metavar="ADDRESS",
                    help="use the Dask cluster at ADDRESS (tcp://host:8786) instead of starting a local one")
    co.add_argument("--memory-limit", metavar="SIZE", help="per local worker, as Dask takes it (2GiB; default: auto)")
    co.add_argument("--batch-bytes", type=_size, default="1MB", metavar="SIZE",
                    help="editions are sent to the workers in batches of about this much text (default 1MB)")
    co.add_argument("--retry-errors", action="store_true", help="process editions recorded as errors again")
    co.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                    help="progress bar on stderr (auto: when stderr is a terminal)")
    co.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                    help=f"refuse editions larger than this (default {DEFAULT_MAX_BYTES:,} bytes)")
    co.set_defaults(run=_corpus, no_edition=True)


def _corpus(args: argparse.Namespace, edition: Edition | None) -> None:
    from pathlib import Path

    from .corpus.run import run_corpus

    if not Path(args.path).is_dir():
        raise EditionError(f"{args.path}: not a folder of editions")
    if args.workers is not None and args.workers < 1:
        raise EditionError(f"--workers {args.workers}: at least 1")
    summary = run_corpus(args.path, args.out, workers=args.workers, scheduler=args.scheduler,
                         memory_limit=args.memory_limit, batch_bytes=args.batch_bytes, max_bytes=args.max_bytes,
                         retry_errors=args.retry_errors, progress=args.progress)
    print(summary.line(args.out), file=sys.stderr)


def _date_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--date", type=_iso_date, metavar="YYYY-MM-DD",
        help="the edition's date, for datelines and periods (default: its provenance record, else read from the page)",
    )


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _articles(args: argparse.Namespace, edition: Edition) -> None:
    from .book.exports import articles_frame, write_table

    articles = page_of(edition, args.date).articles
    if args.format == "json":
        print(json.dumps([_record(edition, a) for a in articles], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_table(articles_frame(articles), sys.stdout)
    else:
        for a in articles:
            lines = ",".join(f"{x}-{y}" if x != y else str(x) for x, y in a.lines)
            head = a.headline or (f"[{a.kicker}]" if a.kicker else "—")
            print(f"{a.id}  {a.kind:<10} {lines:<28} {head}")


def _text(args: argparse.Namespace, edition: Edition) -> None:
    if not args.boxes or edition.boxes is None:
        sys.stdout.write(edition.text)
        return
    for line, box, hint in zip(edition.lines, edition.boxes, edition.hints or ()):
        where = f"{box.page}\t{box.x0:.1f}\t{box.top:.1f}\t{box.x1:.1f}\t{box.bottom:.1f}\t{hint}" if box else "\t\t\t\t\t"
        print(f"{where}\t{line}")


def _record(edition: Edition, article) -> dict:
    """An article's JSON record; read from a page PDF, with where it is printed (``boxes``)."""
    from .parse.pdf import boxes_of

    record = article.as_dict()
    if edition.boxes is not None:
        lines = [n for x, y in article.lines for n in range(x, y + 1)]
        record["boxes"] = [b.as_dict() for b in boxes_of(edition, lines)]
    return record


def _info(args: argparse.Namespace, edition: Edition) -> None:
    from .parse.profile import format_profile

    p = page_of(edition).profile
    if args.format == "json":
        print(json.dumps(p.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_profile(p))


def _claims_of(args: argparse.Namespace, edition: Edition):
    """Claims section by section: a 20 MB edition streams out in bounded memory."""
    for _, claims in iter_sections(page_of(edition, args.date), with_context=args.context):
        yield from claims


def _claims(args: argparse.Namespace, edition: Edition | None) -> None:
    from pathlib import Path

    from .numbers.claims import CLAIM_COLUMNS

    out = sys.stdout
    folder = edition is None
    paths = sorted(p for p in Path(args.path).glob("*.txt") if p.is_file()) if folder else []
    if folder and not paths:
        raise EditionError(f"{args.path}: no *.txt editions in this folder")
    columns = (["edition"] if folder else []) + CLAIM_COLUMNS
    writer = None
    if args.format == "csv":
        import csv

        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
    else:
        out.write("[")
    first = True

    def emit(rows) -> None:
        nonlocal first
        for row in rows:
            if writer is not None:
                writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
            else:
                out.write(("\n  " if first else ",\n  ") + json.dumps(row, ensure_ascii=False))
                first = False

    if not folder:
        emit(c.record() for c in _claims_of(args, edition))
    else:
        show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty() and len(paths) >= 20)
        progress = None
        if show:
            from tqdm import tqdm

            progress = tqdm(total=len(paths), unit="edition", file=sys.stderr)
        for p in paths:
            ed = read_edition(p, encoding=args.encoding, max_bytes=args.max_bytes)
            emit({"edition": p.name, **c.record()} for c in _claims_of(args, ed))
            if progress is not None:
                progress.update(1)
        if progress is not None:
            progress.close()
    if writer is None:
        out.write("\n]\n" if not first else "]\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace, Edition | None], None] = args.run
    try:
        from pathlib import Path

        if getattr(args, "no_edition", False) or getattr(args, "folder_ok", False) and Path(args.path).is_dir():
            run(args, None)
            return 0
        edition = read_edition(args.path, encoding=args.encoding, max_bytes=args.max_bytes, page=args.page)
        run(args, edition)
    except EditionError as exc:
        print(f"edition: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except BrokenPipeError:  # `edition claims x | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("edition: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
