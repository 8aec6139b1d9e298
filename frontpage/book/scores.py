"""Every annotated edition scored, once per book build: what the method and evaluation chapters show.

    from frontpage.book.scores import evaluations
    evaluations = evaluations()   # as frontpage.evaluation.evaluate_all()

Scoring every edition takes seconds, and two chapters show the scores, each in a kernel of its
own. The build (:mod:`frontpage.book.build`) names a file in its build folder whose name holds
the build's key (the content of everything the chapters read, edition included): the first
chapter to ask scores the editions and keeps the result there, the next one reads it. A changed
input changes the key, and with it the file (the build discards its folder anyway); with no
file named (``make lab``, a chapter run on its own) every call scores afresh.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from ..evaluation import Evaluation, evaluate_all

CACHE_VAR = "FRONTPAGE_EVALUATIONS"
"""Set by the build (:func:`frontpage.book.build.scores_file`): the file its chapters share."""


def evaluations() -> dict[str, Evaluation]:
    """:func:`frontpage.evaluation.evaluate_all`, computed once per build (see the module's note)."""
    named = os.environ.get(CACHE_VAR, "").strip()
    if not named:
        return evaluate_all()
    path = Path(named)
    if path.is_file():
        with path.open("rb") as f:
            return pickle.load(f)
    result = evaluate_all()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(partial, path)  # whole or absent: a killed chapter leaves no half file to read
    return result
