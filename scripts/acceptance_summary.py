"""Totals over the JSON files `scripts/acceptance_all.sh` leaves: pass rate, the median turns of
passed single-item shoppers, median bot messages. Run with the harness venv (needs PyYAML).

    $HOME/harness-venv/bin/python scripts/acceptance_summary.py /tmp/mostrador-acceptance
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

import yaml  # type: ignore[import-untyped]

ACCEPTANCE = Path(__file__).resolve().parents[1] / "tests" / "acceptance"


def main(folder: Path) -> None:
    passed = failed = 0
    single_turns: list[int] = []
    for result_file in sorted(folder.glob("goals*.json")):
        goals_file = ACCEPTANCE / f"{result_file.stem}.yaml"
        loaded = yaml.safe_load(goals_file.read_text(encoding="utf-8"))
        goals = loaded["goals"] if isinstance(loaded, dict) else loaded
        items = {g["id"]: len(g["items"]) for g in goals}
        data = json.loads(result_file.read_text(encoding="utf-8"))
        passed += data["passed"]
        failed += data["failed"]
        single_turns += [
            r["turns"]
            for r in data["results"]
            if r["ok"] and items.get(r["id"]) == 1 and r.get("order")
        ]
    total = passed + failed
    print(f"shoppers: {passed}/{total} passed ({100 * passed / max(total, 1):.1f}%)")
    if single_turns:
        print(
            f"single-item orders: {len(single_turns)}, median turns "
            f"{statistics.median(single_turns)}, mean {statistics.mean(single_turns):.1f}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/mostrador-acceptance"))
