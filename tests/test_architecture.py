"""The package's shape: layers in the order data flows, short functions, vocabularies as data."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from frontpage.paths import ROOT

PACKAGE = ROOT / "frontpage"
MAX_FUNCTION_LINES = 60

# What each part of the package may import from the package (besides itself).
BASE = {"frontpage.paths", "frontpage.vocabulary", "frontpage.english"}
ALLOWED = {
    "parse": BASE,
    "numbers": BASE | {"parse"},
    "words": BASE | {"parse"},
    "pipeline": BASE | {"parse", "numbers", "words"},
    "evaluation": BASE | {"parse", "numbers", "pipeline"},
    "book": BASE | {"parse", "numbers", "words", "pipeline", "evaluation"},
    "corpus": BASE | {"parse", "numbers", "words", "pipeline"},
    "cli": BASE | {"parse", "numbers", "words", "pipeline", "evaluation", "book", "corpus"},
    "paths": set(),
    "english": set(),  # counted phrases ("1 claim is", "275 people"): the check statements and the book use them
    "vocabulary": {"frontpage.paths"},
}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def part_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE).parts
    return rel[0].removesuffix(".py") if rel[0] != "__init__.py" else "__init__"


def imported(path: Path) -> set[str]:
    """Absolute names of the package modules that ``path`` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pkg = ".".join(("frontpage",) + path.relative_to(PACKAGE).parent.parts)
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.add(name)
            out.update(f"{name}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {n for n in out if n == "frontpage" or n.startswith("frontpage.") or n.split(".")[0] == "tests"}


def target_part(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_import_only_what_is_below_them(path):
    part = part_of(path)
    if part == "__init__":  # the package's top may name any layer, but never the tests
        bad = sorted(n for n in imported(path) if n.split(".")[0] == "tests")
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"
        return
    allowed = ALLOWED[part]
    bad = []
    for name in imported(path):
        if name.split(".")[0] == "tests":
            bad.append(name)
            continue
        other = target_part(name)
        if other in (part, "__init__") or name in allowed or other in allowed:
            continue
        # a submodule named by attribute (frontpage.parse.articles.Article) counts as its module
        if any(name.startswith(a + ".") for a in allowed):
            continue
        bad.append(name)
    assert not bad, f"{path.relative_to(ROOT)} ({part}) imports {sorted(bad)}"


def test_the_tree_reads_as_the_pipeline():
    parts = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    assert {"parse", "numbers", "words", "book", "evaluation"} <= parts
    assert (PACKAGE / "pipeline.py").is_file() and (PACKAGE / "cli.py").is_file()


def test_nothing_in_the_package_reads_the_tests_folder():
    for path in modules():
        text = path.read_text(encoding="utf-8")
        assert '"tests"' not in text and "'tests'" not in text and "tests/" not in text, path


def test_no_function_is_longer_than_a_screen():
    long = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({n} lines)")
    assert not long, long


def _chinese_strings(node: ast.AST) -> int:
    return sum(1 for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
               and any("\u4e00" <= ch <= "\u9fff" for ch in n.value))


def test_word_lists_live_in_data_not_in_code():
    """A module-level collection of many Chinese words is a vocabulary: it belongs in
    data/reference/vocabulary/ with the origin of each entry (regular expressions that encode
    grammar are not collections and may stay)."""
    found = []
    for path in modules():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(
                    node.value, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
                if _chinese_strings(node.value) > 12:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found
