"""``python -m frontpage.evaluation``: scores, first contact, proposed known failures.

    python -m frontpage.evaluation                      # every edition's scores
    python -m frontpage.evaluation first-contact NAME   # record a new held-out edition's first score
    python -m frontpage.evaluation unexplained          # disagreements not yet in known_failures.csv

A held-out edition not yet scored at first contact is left out of the scores and the
disagreements (and named on stderr): nobody reads it before its first contact is recorded.
"""

from __future__ import annotations

import subprocess
import sys

from . import disagreements, evaluate, evaluate_all, scores_table
from .editions import annotated_editions
from .failures import awaiting_first_contact, compare_with_known, read_known_failures, record_first_contact


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _readable_now() -> dict:
    """Every annotated edition's evaluation except the held-out ones awaiting first contact."""
    waiting = awaiting_first_contact({a.name: a.split for a in annotated_editions()})
    if waiting:
        print(f"# {len(waiting)} held-out editions not yet scored at first contact are left out "
              "(record each with: first-contact NAME)", file=sys.stderr)
    return evaluate_all()


def main(argv: list[str]) -> int:
    if not argv:
        print(scores_table(_readable_now()).to_string(index=False))
        return 0
    if argv[0] == "first-contact" and len(argv) == 2:
        match = [a for a in annotated_editions() if a.name == argv[1]]
        if not match:
            print(f"no annotated edition named {argv[1]!r}", file=sys.stderr)
            return 2
        e = evaluate(match[0])
        n = record_first_contact(e.name, e.split, e.metrics(), _commit())
        print(f"{e.name}: {n} first-contact metrics recorded")
        return 0
    if argv[0] == "unexplained":
        found = disagreements(_readable_now())
        unexpected, fixed = compare_with_known(found, read_known_failures())
        print(unexpected.to_csv(index=False), end="")
        if len(fixed):
            print(f"# {len(fixed)} rows of known_failures.csv no longer fail", file=sys.stderr)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
