"""Repository hygiene: what a new reader meets must be true."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess

import nbformat
import yaml

from frontpage.book.page import DEFAULT_EDITION, ROOT, read_sidecar


def tracked(*patterns: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True, check=True)
    return [p for p in out.stdout.splitlines() if p]


def test_notebooks_are_committed_without_outputs():
    notebooks = sorted((ROOT / "book").glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{path.name} has outputs"


def test_every_notebook_cell_has_an_id():
    """nbformat 4.5 cells carry ids; a cell added by hand without one is a warning today, an error later."""
    for path in sorted((ROOT / "book").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        assert all(cell.get("id") for cell in cells), f"{path.name}: a cell has no id"


def test_readme_paths_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paths = set(re.findall(r"`([A-Za-z0-9_.][A-Za-z0-9_./-]*/[A-Za-z0-9_./-]*|[A-Za-z0-9_-]+\.(?:md|yml|txt|toml|py|json|csv|ipynb))`", readme))
    paths |= {m for m in re.findall(r"\]\(([^)#:]+)\)", readme)}
    checked = 0
    for p in sorted(paths):
        if p.startswith(("_build", ".venv", "http")) or "*" in p or "<" in p:
            continue
        assert (ROOT / p).exists(), f"README.md names {p}, which does not exist"
        checked += 1
    assert checked >= 10


def test_readme_commands_exist_in_the_makefile():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, flags=re.M))
    for target in set(re.findall(r"\bmake ([a-z-]+)", readme)):
        assert target in targets, f"README.md runs `make {target}`, the Makefile has no such target"
    assert "make book" in readme and "make test" in readme


def test_raw_edition_matches_its_provenance():
    record = read_sidecar(DEFAULT_EDITION)
    data = DEFAULT_EDITION.read_bytes()
    assert record["file"] == DEFAULT_EDITION.name
    assert record["sha256"] == hashlib.sha256(data).hexdigest()
    assert record["bytes"] == len(data)
    assert {"paper", "date", "page", "extraction"} <= record.keys()


def test_data_readme_documents_every_data_file():
    """Each data file is named in data/README.md or in the README.md of its own folder."""
    doc = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    files = tracked("data")
    assert files
    for path in files:
        p = ROOT / path
        if p.name == "README.md":
            continue
        local = p.parent / "README.md"
        local_doc = local.read_text(encoding="utf-8") if local.is_file() else ""
        edition = p.name.split(".")[0] + ".txt"  # an edition's gold and record go with the edition's row
        assert (path.removeprefix("data/") in doc or f"`{p.name}`" in local_doc or f"`{edition}`" in local_doc), \
            f"{path} is documented nowhere"


def test_toc_files_exist():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    text = json.dumps(toc)
    for f in re.findall(r'"(?:root|file)": "([^"]+)"', text):
        assert any((ROOT / f"{f}{ext}").exists() for ext in (".md", ".ipynb")), f


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
    assert "set -e" in ci


def test_nothing_reads_the_shared_folder():
    needle = "../" + "shared"
    for path in tracked("*.py", "*.ipynb", "Makefile", "_config.yml", ".ci/run"):
        assert needle not in (ROOT / path).read_text(encoding="utf-8"), path
