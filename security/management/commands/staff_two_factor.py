"""Set up (or recover) two-factor sign-in for a staff account."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security.models import AuditEvent
from security.services import audit_record
from security.twofactor import authenticator_replace, backup_codes_issue


class Command(BaseCommand):
    help = (
        "Give a staff account new backup codes and, with --authenticator, a new "
        "authenticator-app secret (replacing a lost phone). Prints what the person needs: "
        "hand it to them privately."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--authenticator",
            action="store_true",
            help="Also replace the authenticator-app secret (for a new or lost phone).",
        )
        parser.add_argument("--codes", type=int, default=10, help="How many backup codes.")

    def handle(self, *args, username, authenticator, codes, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No account called {username!r}.") from error
        if not 1 <= codes <= 50:
            raise CommandError("--codes must be between 1 and 50.")
        issued = backup_codes_issue(user=user, count=codes)
        self.stdout.write(f"Backup codes for {username} (each works once; old ones no longer do):")
        for code in issued:
            self.stdout.write(f"  {code}")
        detail = f"{codes} new backup codes"
        if authenticator:
            app = authenticator_replace(user=user)
            self.stdout.write("Authenticator app: add this key (or open the address) in the app:")
            self.stdout.write(f"  key: {app.secret}")
            self.stdout.write(f"  address: {app.config_url}")
            detail += " and a new authenticator secret"
        audit_record(
            action=AuditEvent.Action.TWO_FACTOR,
            user=None,
            username="manage.py",
            target=f"User {username}",
            detail=detail,
        )
        self.stdout.write(self.style.SUCCESS(f"Done: {detail} for {username}."))
