"""Matplotlib set-up for Chinese text, done once, used by every chapter.

matplotlib's bundled fonts have no Chinese glyphs. The ``mplfonts`` package ships
Noto Sans CJK SC as a file; we register that file with matplotlib's font manager
(selecting the family by name alone is not enough in a fresh environment) and make
it the default. A missing glyph becomes an exception, not tofu in a published figure.
"""

from __future__ import annotations

import warnings
from pathlib import Path

CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"

_ready = False


def cjk_font_path() -> Path:
    """The Noto Sans CJK SC font file shipped by ``mplfonts``."""
    import mplfonts

    path = Path(mplfonts.__file__).parent / "fonts" / CJK_FONT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: CJK font missing; reinstall with `make book`")
    return path


def use_cjk_fonts() -> str:
    """Register and select the CJK font for matplotlib; returns the family name. Idempotent."""
    global _ready
    from matplotlib import font_manager, rcParams

    path = cjk_font_path()
    if not _ready:
        font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    rcParams["axes.unicode_minus"] = False
    rcParams["text.parse_math"] = False  # an edition's "$x$" is text, not TeX
    rcParams["text.usetex"] = False
    rcParams["figure.dpi"] = 110
    rcParams["savefig.dpi"] = 150
    rcParams["figure.figsize"] = (7.5, 3.6)
    rcParams["axes.spines.top"] = False
    rcParams["axes.spines.right"] = False
    rcParams["axes.titlesize"] = "medium"
    # A glyph the font lacks must fail the cell (and so the build), not print tofu.
    warnings.filterwarnings("error", message=r"Glyph .* missing from font")
    warnings.filterwarnings("error", message=r"Matplotlib currently does not support .* natively")
    _ready = True
    return family
