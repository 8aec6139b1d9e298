"""An edition's profile: what ``edition info`` prints and the first chapter shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .layout import LineStats, blocks, column_widths, line_stats
from .reading import Edition


@dataclass(frozen=True)
class Profile:
    file: str
    encoding: str
    newline: str
    bytes: int
    sha256: str
    text_sha256: str
    characters: int
    non_space_characters: int
    cjk_characters: int
    lines: int
    blank_lines: int
    blocks: int
    line_width_em: LineStats
    column_widths_em: list[float]

    def as_dict(self) -> dict:
        return asdict(self)


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def profile(edition: Edition) -> Profile:
    text = edition.text
    return Profile(
        file=edition.name if edition.page is None else f"{edition.name}, page {edition.page} of {edition.pages} (PDF)",
        encoding=edition.encoding,
        newline=edition.newline,
        bytes=edition.size,
        sha256=edition.sha256,
        text_sha256=edition.text_sha256,
        characters=len(text.replace("\n", "")),
        non_space_characters=sum(1 for c in text if not c.isspace()),
        cjk_characters=sum(1 for c in text if is_cjk(c)),
        lines=len(edition.lines),
        blank_lines=sum(1 for s in edition.lines if not s.strip()),
        blocks=len(blocks(edition)),
        line_width_em=line_stats(edition),
        column_widths_em=column_widths(edition),
    )


def format_profile(p: Profile) -> str:
    """The profile as aligned ``key: value`` lines for a terminal."""
    s = p.line_width_em
    rows = [
        ("file", p.file),
        ("encoding", p.encoding),
        ("line ends", p.newline),
        ("bytes", f"{p.bytes:,}"),
        ("sha256", p.sha256),
        ("text sha256", p.text_sha256),
        ("characters", f"{p.characters:,} ({p.non_space_characters:,} non-space, {p.cjk_characters:,} CJK)"),
        ("lines", f"{p.lines:,} ({p.blank_lines:,} blank)"),
        ("blocks", f"{p.blocks:,}"),
        (
            "line width (em)",
            f"min {s.min:g}, median {s.median:g}, mean {s.mean:g}, max {s.max:g}, mode {s.mode:g}",
        ),
        ("column widths (em)", ", ".join(f"{w:g}" for w in p.column_widths_em) or "none found"),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)
