from django.core.management.base import BaseCommand

from providers.services import review_reminders_send


class Command(BaseCommand):
    help = (
        "Run daily: email providers about services whose check is due within 30 days, due "
        "today, or overdue (weekly while overdue). Each reminder is sent once; a failed email "
        "is tried again on the next run. Emails go through the task queue (db_worker)."
    )

    def handle(self, *args, **options):
        def progress(done, total):
            self.stdout.write(f"  {done} of {total} services looked at")

        summary = review_reminders_send(progress=progress)
        self.stdout.write(
            f"{summary.services} service(s) due for a check; {summary.queued} email(s) queued; "
            f"{summary.already_sent} reminder(s) already sent earlier."
        )
        if summary.without_provider:
            self.stdout.write(
                f"{len(summary.without_provider)} service(s) have no provider account, so "
                "officers need to check them (admin: Services due for a check, 'No provider "
                "account'):"
            )
            for service in summary.without_provider[:20]:
                self.stdout.write(
                    f"  - {service.name} ({service.organisation}), due {service.review_due}"
                )
            if len(summary.without_provider) > 20:
                self.stdout.write(f"  ... and {len(summary.without_provider) - 20} more")
