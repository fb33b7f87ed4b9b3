"""Print how well search answers the judged queries in demo/search_quality.toml."""

from django.core.management.base import BaseCommand

from demo.search_quality import FLOOR_SUCCESS_AT_3, evaluate


class Command(BaseCommand):
    help = (
        "Run the judged queries (demo/search_quality.toml) against the demo data already "
        "loaded (seed_demo) and print success@3, success@10 and mean reciprocal rank, with "
        "the queries that missed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="List every query, not only misses.")

    def handle(self, *args, **options):
        scores = evaluate()
        for judged in scores.judged:
            if options["all"] or not judged.success_at_3:
                mark = "ok  " if judged.success_at_3 else "MISS"
                rank = judged.rank or "-"
                self.stdout.write(f"{mark} rank {rank!s:>2}  {judged.q!r} {judged.params or ''}")
                if not judged.success_at_3:
                    self.stdout.write(f"         first three: {', '.join(judged.results[:3])}")
        n = len(scores.judged)
        self.stdout.write(
            f"{n} judged queries: success@3 {scores.success_at_3:.1%}, success@10 "
            f"{scores.success_at_10:.1%}, MRR {scores.mrr:.3f} "
            f"(floor: success@3 >= {FLOOR_SUCCESS_AT_3:.0%})"
        )
