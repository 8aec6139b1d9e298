"""Experiment: would a learned line-role model beat the hand-written rules on a page never seen?

    python benchmarks/line_roles.py

The question the segmenter answers first, line by line, is "is this line display type (a kicker,
headline, subheadline or 小标题) or text?". This script answers it three ways on every annotated
edition with a first-contact score and prints, per edition and pooled, the F1 of the "display
line" label against the gold annotation:

* **learned, leave-one-edition-out**: a logistic regression (numpy only; no gradient boosting or
  CRF is installed) over layout features of each line and its neighbours (width against the local
  column, final and internal punctuation, digits, blank lines around it, display spacing, lead
  markers next to it, position), trained on every other annotated edition and scored on the one
  left out;
* **rules at first contact**: the parser of the commit that recorded the edition's first-contact
  score (``data/editions/first_contact.csv``), i.e. the rules before they were tuned on it — the
  leave-one-edition-out score of hand-written rules;
* **rules today** (tuned on every dev edition: an upper bound, not an estimate).

Gold line labels come from the annotation: a line inside an annotated article whose text (spaces
removed, at least 4 characters) is part of that article's kicker, headline or subheadlines.
The learned model is adopted only if its leave-one-edition-out F1 beats the rules' first-contact
F1; the closing lines say whether it does.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frontpage.evaluation.failures import first_contact_table  # noqa: E402
from frontpage.parse.layout import line_width  # noqa: E402
from frontpage.parse.reflow import CONTINUING, INTERNAL_PUNCT, TERMINAL, is_display, is_lead  # noqa: E402

EDITIONS = ROOT / "data" / "editions"
HEAD_ROLES = ("kicker", "headline", "subheadline")
_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACE.sub("", text or "")


def gold_labels(name: str, lines: list[str]) -> list[int]:
    """1 for a display line of the annotation (see module doc), 0 for any other non-blank line."""
    data = json.loads((EDITIONS / "dev" / f"{name}.articles.json").read_text(encoding="utf-8"))
    labels = [0] * len(lines)
    for a in data["articles"]:
        heads = squash(a.get("kicker") or "") + "|" + squash(a.get("headline") or "") + "|" + \
            "|".join(squash(s) for s in a.get("subheadlines") or [])
        for n in range(a["first_line"], a["last_line"] + 1):
            t = squash(lines[n - 1])
            if len(t) >= 4 and t in heads:
                labels[n - 1] = 1
    return labels


def features(lines: list[str]) -> np.ndarray:
    """One row of layout features per line (blank lines get a row too; they are never scored)."""
    widths = [line_width(s) if s.strip() else 0.0 for s in lines]
    raw_style = not any(not s.strip() for s in lines)
    rows = []
    for k, s in enumerate(lines):
        near = sorted(w for w in widths[max(0, k - 6): k + 7] if w)
        col = near[(3 * len(near)) // 4] if near else 1.0
        t = s.strip()
        prev = lines[k - 1].strip() if k else ""
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        n = max(len(t), 1)
        rows.append([
            widths[k] / col, widths[k] / col < 0.85, widths[k] > col + 1.5,
            bool(TERMINAL.search(t)), bool(CONTINUING.search(t)), len(INTERNAL_PUNCT.findall(t)) / n,
            sum(c.isdigit() for c in t) / n, "。" in t, is_display(t), t.startswith(("——", "—")),
            t.startswith(("●", "【", "□")), is_lead(t), bool(nxt) and is_lead(nxt),
            not prev, not nxt, bool(TERMINAL.search(prev)), not prev or bool(TERMINAL.search(prev)),
            (line_width(nxt) / col) if nxt else 0.0, (line_width(prev) / col) if prev else 0.0,
            raw_style, min(len(t), 40) / 40, k / max(len(lines), 1), 1.0,
        ])
    return np.asarray(rows, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 600, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent (deterministic: zero start, fixed steps); classes weighted."""
    w = np.zeros(x.shape[1])
    pos = max(y.mean(), 1e-6)
    weight = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (weight * (p - y)) / len(y) + l2 * w / len(y)
        w -= rate * grad
    return w


def f1(pred: list[int], gold: list[int], mask: list[bool]) -> float:
    tp = sum(1 for p, g, m in zip(pred, gold, mask) if m and p and g)
    fp = sum(1 for p, g, m in zip(pred, gold, mask) if m and p and not g)
    fn = sum(1 for p, g, m in zip(pred, gold, mask) if m and not p and g)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


RULES_PROBE = """
import json, sys
import importlib, frontpage
root = sys.argv.pop(1)
assert frontpage.__file__.startswith(root), f"{frontpage.__file__} is not the code of {root}"
layered = __import__("os").path.isdir(root + "/frontpage/parse")  # parse/ since the package was layered
read_edition = importlib.import_module("frontpage.parse.reading" if layered else "frontpage.reading").read_edition
parse_articles = importlib.import_module("frontpage.parse.articles" if layered else "frontpage.articles").parse_articles
out = {}
for path in sys.argv[1:]:
    ed = read_edition(path)
    heads = sorted({s.line for a in parse_articles(ed) for p in a.parts if p.role in %r for s in p.spans})
    out[path] = heads
print(json.dumps(out))
""" % (HEAD_ROLES,)


def rules_heads(code_root: Path, paths: list[Path]) -> dict[str, list[int]]:
    """The display lines the parser at ``code_root`` finds in each edition (a fresh interpreter)."""
    r = subprocess.run([sys.executable, "-c", RULES_PROBE, str(code_root), *map(str, paths)], cwd=code_root,
                       capture_output=True, text=True, env={"PYTHONPATH": str(code_root), "PATH": "/usr/bin:/bin"})
    if r.returncode:
        raise RuntimeError(f"the parser at {code_root} failed:\n{r.stderr}")
    return json.loads(r.stdout)


def main() -> None:
    fc = first_contact_table()
    names = [n for n in fc["edition"] if (EDITIONS / "dev" / f"{n}.articles.json").is_file()]
    commits = dict(zip(fc["edition"], fc["commit"]))
    data = {}
    for n in names:
        lines = (EDITIONS / "dev" / f"{n}.txt").read_text(encoding="utf-8").splitlines()
        data[n] = (lines, gold_labels(n, lines), features(lines), [bool(s.strip()) for s in lines])
    paths = {n: EDITIONS / "dev" / f"{n}.txt" for n in names}
    today = rules_heads(ROOT, list(paths.values()))
    then: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for commit in sorted(set(commits[n] for n in names)):
            root = Path(tmp) / commit
            root.mkdir()
            archive = subprocess.run(["git", "archive", commit, "frontpage", "data", ":!data/editions"], cwd=ROOT,
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
            mine = [n for n in names if commits[n] == commit]
            then.update({n: v for n, v in zip(mine, rules_heads(root, [paths[n] for n in mine]).values())})
    rows, pooled = [], {"learned": [], "first": [], "today": []}
    for n in names:
        lines, gold, x, mask = data[n]
        train = [m for m in names if m != n]
        xs = np.vstack([data[m][2][np.asarray(data[m][3])] for m in train])
        ys = np.concatenate([np.asarray(data[m][1])[np.asarray(data[m][3])] for m in train])
        mu, sd = xs.mean(0), xs.std(0) + 1e-9
        mu[-1], sd[-1] = 0.0, 1.0  # the bias column stays 1
        w = fit((xs - mu) / sd, ys)
        learned = list(((1 / (1 + np.exp(-(((x - mu) / sd) @ w)))) > 0.5).astype(int))
        as_labels = lambda heads: [int(k + 1 in set(heads)) for k in range(len(lines))]  # noqa: E731
        scores = (f1(learned, gold, mask), f1(as_labels(then[n]), gold, mask),
                  f1(as_labels(today[str(paths[n])]), gold, mask))
        rows.append((n, *scores))
        for key, s in zip(("learned", "first", "today"), scores):
            pooled[key].append(s)
    print(f"{'edition':>32}  learned LOEO  rules first contact  rules today   (F1 of display lines)")
    for n, a, b, c in rows:
        print(f"{n:>32}  {a:12.2f}  {b:19.2f}  {c:11.2f}")
    mean = {k: float(np.mean(v)) for k, v in pooled.items()}
    print(f"{'mean':>32}  {mean['learned']:12.2f}  {mean['first']:19.2f}  {mean['today']:11.2f}")
    verdict = "beats" if mean["learned"] > mean["first"] else "does not beat"
    print(f"The learned model, left one edition out, {verdict} the rules at first contact: "
          f"{'adopt it' if verdict == 'beats' else 'the rules stay'}.")


if __name__ == "__main__":
    main()
