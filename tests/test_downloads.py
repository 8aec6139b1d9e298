"""The downloads (CSV with a BOM, the claims workbook) and the Sphinx extension's pieces that need no build."""

from __future__ import annotations

import pandas as pd
import pytest

from frontpage.book.exports import sheet_title, write_csv, write_workbook
from frontpage.book.sphinxext import classic_bundle, without_code

HOSTILE = "=HYPERLINK(\"http://x\",\"<script>alert(1)</script>\")"


def test_a_workbook_has_a_sheet_per_table_and_never_turns_text_into_formulas(tmp_path):
    from openpyxl import load_workbook

    df = pd.DataFrame({"quote": [HOSTILE, "1802.4亿元"], "value": [1.5, None], "ids": [["C1", "C2"], []]})
    path = write_workbook({"claims": df, "checks: [all]": df.head(1)}, tmp_path / "claims.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["claims", "checks   all"]
    sheet = book["claims"]
    assert [c.value for c in sheet[1]] == ["quote", "value", "ids"]
    assert sheet["A2"].value == HOSTILE and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == 1.5 and sheet["C2"].value == "C1、C2" and sheet["B3"].value is None


def test_sheet_titles_fit_excel():
    taken = []
    for _ in range(3):
        taken.append(sheet_title("a very long title that Excel would refuse?", taken))
    assert len(set(taken)) == 3 and all(len(t) <= 31 and "?" not in t for t in taken)


def test_a_csv_download_starts_with_a_bom(tmp_path):
    write_csv(pd.DataFrame({"词": ["高质量发展"]}), tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_bytes() == "\ufeff词\n高质量发展\n".encode("utf-8")


def test_the_datatables_module_becomes_a_classic_script():
    src = "var a=1;function b(){}export{a as x,b};\n/*! licence\n * text\n */\n"
    out = classic_bundle(src)
    assert "export" not in out and "window.fpDataTables = {x: a, b: b}" in out and "licence" in out
    with pytest.raises(ValueError):
        classic_bundle("var a=1;")


def test_the_installed_itables_bundle_converts():
    from frontpage.book.sphinxext import write_datatables

    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    write_datatables(folder)
    js = (folder / "fp-datatables.js").read_text(encoding="utf-8")
    assert "ITable:" in js and "\nexport{" not in js and (folder / "fp-datatables.css").stat().st_size > 10_000


def test_code_cell_sources_are_left_out_of_the_search_index():
    from docutils import nodes
    from docutils.utils import new_document
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser

    doc = new_document("x", get_default_settings(Parser))
    cell = nodes.container(classes=["cell"])
    cell += nodes.container("", nodes.literal_block("", "import pandas as pd"), classes=["cell_input"])
    cell += nodes.container("", nodes.paragraph("", "高质量发展"), classes=["cell_output"])
    doc += cell
    text = without_code(doc).astext()
    assert "pandas" not in text and "高质量发展" in text and "pandas" in doc.astext()  # the page keeps its code
