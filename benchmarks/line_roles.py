"""Experiment: would a learned line-role model beat the hand-written rules on a page never seen?

    python benchmarks/line_roles.py            (about two minutes on two cores)

The segmenter's first question, line by line, is "is this line display type (a kicker or
headline; a subheadline or 小标题) or text?". A gradient-boosted tree model (LightGBM, one
thread, fixed seed: deterministic) answers it from layout features of the line and of the two
lines on either side (width against the local column, final and internal punctuation, digits,
blank lines around it, display spacing, lead and source markers, pointers, numbered headings,
position). Gold line roles come from the annotation: a line inside an annotated item whose text
(spaces removed) is part of its kicker or headline (role 2) or of a subheadline (role 1).

It is scored the way a hand-written rule set is scored, on batches it has not seen:

* **forward-chained**: each blind batch (the editions whose first contact was recorded by one
  commit of ``data/editions/first_contact.csv``) is predicted by a model trained only on the
  annotated editions that existed before it: the learned counterpart of the rules' first-contact
  score, which is the rules as they stood the day the batch arrived;
* **leave one batch out**: trained on every other batch (more data than the rules had; an
  optimistic bound for the learned model).

Two comparisons with the rules:

1. *line by line*: F1 of "display line" against the gold, for the learned model and for the
   parser of the commit that recorded the batch's first contact (run from ``git archive``);
2. *article by article*: the model's line roles given to today's parser as a page PDF's geometry
   gives them (``Edition.hints``: head, subhead, body; a line the model is unsure of, below
   ``CONFIDENT``, gets no role and is left to the rules), scored like the book scores an edition
   (headlines found, article starts found, articles found per annotated) against the rules'
   recorded first-contact scores.

One caution flatters the learned side: the parser that receives its hints is today's, whose
assembly rules (how display lines and text become items) were themselves tuned on every batch
already moved to ``dev/``. Only a batch still held out (scored at first contact, never tuned on)
is a clean test of both sides, so the closing lines report the comparison twice: over every
batch, and over the held-out batches alone. The decision, with every clean test so far (each
batch's while it was held out), is in the README ("Rules or a learned model?"); each clean test's
model scores are kept in ``data/editions/learned_line_roles.csv``, which the evaluation appendix reads.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import lightgbm as lgb
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frontpage.evaluation.articles import read_gold_articles, score_articles  # noqa: E402
from frontpage.evaluation.editions import annotated_editions  # noqa: E402
from frontpage.evaluation.failures import awaiting_first_contact, first_contact_table  # noqa: E402
from frontpage.parse.articles import parse_articles  # noqa: E402
from frontpage.parse.layout import line_width  # noqa: E402
from frontpage.parse.reading import read_edition  # noqa: E402
from frontpage.parse.reflow import CONTINUING, INTERNAL_PUNCT, TERMINAL, is_display, is_lead  # noqa: E402

HEAD_ROLES = ("kicker", "headline", "subheadline")
CONFIDENT = 0.8
PARAMS = dict(objective="multiclass", num_class=3, learning_rate=0.05, num_leaves=31, min_data_in_leaf=10,
              deterministic=True, force_row_wise=True, seed=0, verbose=-1, num_threads=1)
ROUNDS = 300
ARTICLE_METRICS = ("headline_recall", "start_recall", "count_ratio")
_SPACE = re.compile(r"\s+")
_SOURCE = re.compile(r"记者|通讯员|本报讯|新华社|中新社|日电|晚报讯|日报讯")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def squash(text: str) -> str:
    return _SPACE.sub("", text or "")


def gold_roles(lines: list[str], articles: list[dict]) -> list[int]:
    """Each raw line's role in the annotation: 2 kicker or headline, 1 subheadline, 0 anything else."""
    roles = [0] * len(lines)
    for a in articles:
        top = squash(a.get("kicker") or "") + "|" + squash(a.get("headline") or "")
        sub = "|".join(squash(s) for s in a.get("subheadlines") or [])
        for n in range(a["first_line"], min(a["last_line"], len(lines)) + 1):
            t = squash(lines[n - 1])
            if len(t) >= 2 and t in top:
                roles[n - 1] = 2
            elif len(t) >= 4 and t in sub:
                roles[n - 1] = 1
    return roles


def _own_features(lines: list[str]) -> np.ndarray:
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
            not prev, not nxt, bool(TERMINAL.search(prev)), raw_style, min(len(t), 40) / 40,
            k / max(len(lines), 1), len(t), t.count(" "), t.endswith(("版", "版）")),
            bool(re.search(r"[“”《》]", t)), bool(_SOURCE.search(t)), t.startswith(("▶", "■", "▲", "◆", "★")),
            t.endswith(("：", ":")), bool(_HEADING.match(t)),
        ])
    return np.asarray(rows, dtype=float)


def features(lines: list[str]) -> np.ndarray:
    """One row per line: its own layout features and those of the two lines before and after it."""
    own = _own_features(lines)
    pad = np.zeros((2, own.shape[1]))
    padded = np.vstack([pad, own, pad])
    k = len(lines)
    return np.hstack([own] + [padded[i:i + k] for i in (0, 1, 3, 4)])


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


def rules_at_first_contact(paths: dict[str, Path], commits: dict[str, str]) -> dict[str, list[int]]:
    """Each edition's display lines as found by the parser of its first-contact commit."""
    then: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for commit in sorted(set(commits.values())):
            root = Path(tmp) / commit
            root.mkdir()
            archive = subprocess.run(["git", "archive", commit, "frontpage", "data", ":!data/editions"], cwd=ROOT,
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
            mine = [n for n in commits if commits[n] == commit]
            then.update(zip(mine, rules_heads(root, [paths[n] for n in mine]).values()))
    return then


def train(data: dict, names: list[str]) -> lgb.Booster:
    x = np.vstack([data[n]["x"][data[n]["mask"]] for n in names])
    y = np.concatenate([data[n]["roles"][data[n]["mask"]] for n in names])
    return lgb.train(PARAMS, lgb.Dataset(x, y), num_boost_round=ROUNDS)


def as_hints(proba: np.ndarray, mask: np.ndarray) -> tuple[str, ...]:
    """The model's line roles as a page PDF's hints: head, subhead, body; "" where unsure or blank."""
    roles = ("body", "subhead", "head")
    return tuple(roles[int(p.argmax())] if m and p.max() >= CONFIDENT else "" for p, m in zip(proba, mask))


def load() -> tuple[dict, list[tuple[str, list[str]]]]:
    """Every annotated edition with article gold (features, gold roles), except a held-out one still
    awaiting its first contact, and the blind batches in the order their first contact was
    recorded (commit, editions)."""
    data = {}
    editions = annotated_editions(("dev", "heldout"))
    unread = set(awaiting_first_contact({a.name: a.split for a in editions}))  # blind, not yet scored: never read
    for a in editions:
        if a.articles is None or a.name in unread:
            continue
        lines = read_edition(a.edition).lines
        lines = [lines[i] for i in range(len(lines))]
        gold = read_gold_articles(a.articles)
        data[a.name] = {"path": a.edition, "split": a.split, "lines": lines, "gold": gold, "x": features(lines),
                        "roles": np.asarray(gold_roles(lines, gold)), "mask": np.asarray([bool(s.strip()) for s in lines])}
    fc = first_contact_table()
    fc = fc[fc["edition"].isin(list(data))]
    batches: list[tuple[str, list[str]]] = []
    for edition, commit in zip(fc["edition"], fc["commit"]):
        if not batches or batches[-1][0] != commit:
            batches.append((commit, []))
        batches[-1][1].append(edition)
    return data, batches


def score_batch(data: dict, model: lgb.Booster, names: list[str], then: dict, fc: dict) -> list[dict]:
    rows = []
    for n in names:
        d = data[n]
        proba = model.predict(d["x"])
        gold, mask = list(d["roles"] > 0), list(d["mask"])
        rules = [int(k + 1 in set(then[n])) for k in range(len(d["lines"]))]
        edition = dataclasses.replace(read_edition(d["path"]), hints=as_hints(proba, d["mask"]))
        learned = score_articles(parse_articles(edition), d["gold"]).summary()
        rows.append({"edition": n, "line_learned": f1(list(proba.argmax(1) > 0), gold, mask),
                     "line_rules": f1(rules, gold, mask),
                     **{f"{m}_learned": learned[m] for m in ARTICLE_METRICS},
                     **{f"{m}_rules": fc[n][m] for m in ARTICLE_METRICS}})
    return rows


def mean(rows: list[dict], key: str) -> float:
    return float(np.mean([r[key] for r in rows if r[key] is not None and r[key] == r[key]]))


def main() -> None:
    data, batches = load()
    fc_table = first_contact_table().set_index("edition")
    fc = {n: {m: fc_table.loc[n, m] for m in ARTICLE_METRICS} for n in fc_table.index if n in data}
    commits = {n: c for c, names in batches for n in names}
    then = rules_at_first_contact({n: data[n]["path"] for n in commits}, commits)
    blind = set(commits)
    print("Forward-chained: each batch predicted by a model trained on the editions before it.")
    print(f"{'batch':>8} {'eds':>4}  {'display-line F1':>22}  {'headlines':>16}  {'starts':>16}  {'found/true':>16}")
    print(f"{'':>8} {'':>4}  {'learned':>10} {'rules':>11}  {'learned':>7} {'rules':>8}  {'learned':>7} {'rules':>8}"
          f"  {'learned':>7} {'rules':>8}")
    forward: list[dict] = []
    for k, (commit, names) in enumerate(batches):
        earlier = [n for n in data if n not in blind] + [n for _, group in batches[:k] for n in group]
        rows = score_batch(data, train(data, earlier), names, then, fc)
        forward += rows
        cells = "  ".join(f"{mean(rows, f'{m}_learned'):7.2f} {mean(rows, f'{m}_rules'):8.2f}" for m in ARTICLE_METRICS)
        print(f"{commit[:8]:>8} {len(names):4d}  {mean(rows, 'line_learned'):10.2f} {mean(rows, 'line_rules'):11.2f}  {cells}")
    cells = "  ".join(f"{mean(forward, f'{m}_learned'):7.2f} {mean(forward, f'{m}_rules'):8.2f}" for m in ARTICLE_METRICS)
    print(f"{'mean':>8} {len(forward):4d}  {mean(forward, 'line_learned'):10.2f} {mean(forward, 'line_rules'):11.2f}  {cells}")
    lobo: list[dict] = []
    for commit, names in batches:
        lobo += score_batch(data, train(data, [n for n in data if n not in names]), names, then, fc)
    print(f"Leave one batch out (trained on every other batch): display-line F1 {mean(lobo, 'line_learned'):.2f}; "
          + ", ".join(f"{m} {mean(lobo, f'{m}_learned'):.2f}" for m in ARTICLE_METRICS))
    held = [r for r in forward if data[r["edition"]]["split"] == "heldout"]
    print(f"Line by line, the learned model {_beats(forward, ['line'])} the rules at first contact; article by "
          f"article (its line roles given to the parser: headlines and starts) it {_beats(forward, ARTICLE_METRICS[:2])} "
          f"them over every batch, and {_beats(held, ARTICLE_METRICS[:2])} them on the "
          f"{len(held)} held-out editions, the clean test.")


def _beats(rows: list[dict], metrics: list[str]) -> str:
    """Whether the learned side scores higher than the rules on every one of ``metrics``."""
    if not rows:
        return "cannot be compared with"
    return "beats" if all(mean(rows, f"{m}_learned") > mean(rows, f"{m}_rules") for m in metrics) else "does not beat"


if __name__ == "__main__":
    main()
