from django.core.management.base import BaseCommand

from feedback.services import retention_apply


class Command(BaseCommand):
    help = (
        "Delete personal data from feedback that is no longer needed: original comments and "
        "contact details FEEDBACK_RETENTION_MONTHS after the report covering them was "
        "published (and in any case FEEDBACK_FALLBACK_RETENTION_MONTHS after they were sent), "
        "old spam, duplicate-detection hashes and rate-limit counters. Run daily."
    )

    def handle(self, *args, **options):
        result = retention_apply()
        self.stdout.write(
            f"Original comments deleted: {result.originals_deleted}\n"
            f"Contact details deleted: {result.contacts_deleted}\n"
            f"Spam comments deleted: {result.spam_deleted}\n"
            f"Duplicate-detection hashes cleared: {result.duplicate_keys_cleared}\n"
            f"Rate-limit counters deleted: {result.rate_limit_rows_deleted}"
        )
