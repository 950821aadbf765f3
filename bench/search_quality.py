"""Search quality on a graded query set: MRR@10, nDCG@10, Recall@5 and no-match accuracy.

    .venv/bin/python bench/search_quality.py --catalog src/mostrador/demo/catalog.csv \
        --queries tests/acceptance/search_queries_holdout.yaml [--min-mrr 0.9] [--quiet]

Same metrics as the grading harness's run_search.py, computed in process over the index the
service builds (CSV -> Product -> SearchDocument), so a ranking change can be judged in a
second without starting a server. Queries with `relevant: []` must come back empty; the others
score MRR@10 (1/rank of the first relevant hit), nDCG@10 (relevant 2, acceptable 1) and
Recall@5 (relevant hits in the top 5 / min(5, |relevant|)). Exit 1 below --min-mrr.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mostrador.domain.catalog_csv import parse_catalog_csv
from mostrador.search import SearchIndex, build_index
from mostrador.services.catalog import to_document


@dataclass(frozen=True)
class Result:
    q: str
    top: list[str]
    relevant: list[str]
    acceptable: set[str]

    @property
    def no_match(self) -> bool:
        return not self.relevant

    @property
    def rank(self) -> int | None:
        wanted = set(self.relevant)
        return next((i + 1 for i, s in enumerate(self.top) if s in wanted), None)

    @property
    def rr(self) -> float:
        return 1.0 / self.rank if self.rank else 0.0

    @property
    def recall5(self) -> float:
        found = set(self.relevant) & set(self.top[:5])
        return len(found) / min(5, len(set(self.relevant)))

    @property
    def ndcg(self) -> float:
        rel = set(self.relevant)
        gains = [2 if s in rel else 1 if s in self.acceptable else 0 for s in self.top]
        ideal = sorted([2] * len(rel) + [1] * len(self.acceptable - rel), reverse=True)[:10]
        return _dcg(gains) / _dcg(ideal) if ideal else 0.0


def _dcg(gains: list[int]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def load_index(catalog: Path, currency: str = "MXN") -> SearchIndex:
    parsed = parse_catalog_csv(catalog.read_text(encoding="utf-8"), currency)
    if parsed.errors:
        raise SystemExit(f"{catalog}: {parsed.errors}")
    return build_index(to_document(p) for p in parsed.products)


def evaluate(index: SearchIndex, queries: list[dict[str, Any]]) -> list[Result]:
    return [
        Result(
            str(q["q"]),
            # As GET /api/products searches: browsing.
            [h.sku for h in index.search(str(q["q"]), limit=10, browsing=True)],
            [str(s) for s in q.get("relevant") or []],
            {str(s) for s in q.get("acceptable") or []},
        )
        for q in queries
    ]


def summary(results: list[Result]) -> dict[str, float]:
    scored = [r for r in results if not r.no_match]
    empty = [r for r in results if r.no_match]

    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 4) if values else 0.0

    return {
        "queries": len(results),
        "mrr_at_10": mean([r.rr for r in scored]),
        "ndcg_at_10": mean([r.ndcg for r in scored]),
        "recall_at_5": mean([r.recall5 for r in scored]),
        "found": sum(r.rank is not None for r in scored),
        "scored": len(scored),
        "no_match_empty": sum(not r.top for r in empty),
        "no_match": len(empty),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--catalog", type=Path, default=Path("src/mostrador/demo/catalog.csv"))
    p.add_argument("--queries", type=Path, required=True)
    p.add_argument("--currency", default="MXN", help="default currency for rows without one")
    p.add_argument("--min-mrr", type=float, default=0.9)
    p.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    args = p.parse_args(argv)
    queries = yaml.safe_load(args.queries.read_text(encoding="utf-8"))
    results = evaluate(load_index(args.catalog, args.currency), queries)
    if not args.quiet:
        for r in results:
            if r.no_match and r.top:
                print(f"NOT EMPTY  {r.q!r}: got {r.top[:3]}")
            elif not r.no_match and r.rank != 1:
                where = f"rank {r.rank}" if r.rank else "not found"
                print(f"MISS       {r.q!r}: {where}; got {r.top[:3]}, want {r.relevant[:3]}")
    s = summary(results)
    accuracy = s["no_match_empty"] / s["no_match"] if s["no_match"] else 1.0
    print(
        f"{args.queries.name}: {s['queries']} queries  MRR@10={s['mrr_at_10']:.4f}  "
        f"nDCG@10={s['ndcg_at_10']:.4f}  Recall@5={s['recall_at_5']:.4f}  "
        f"found {s['found']}/{s['scored']}  no-match empty {s['no_match_empty']}/{s['no_match']} "
        f"({accuracy:.0%})"
    )
    return 0 if s["mrr_at_10"] >= args.min_mrr else 1


if __name__ == "__main__":
    sys.exit(main())
