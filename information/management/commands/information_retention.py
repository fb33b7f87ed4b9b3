"""Delete contact details from old requests for other formats, and spam requests. Run daily."""

from django.core.management.base import BaseCommand

from information.services import format_requests_retention


class Command(BaseCommand):
    help = "Delete contact details from format requests past the retention period; delete spam."

    def handle(self, *args, **options):
        count = format_requests_retention()
        self.stdout.write(self.style.SUCCESS(f"Format requests: {count} cleared or deleted."))
