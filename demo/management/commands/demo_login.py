import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from core.roles import LA_OFFICER, MODERATOR, PROVIDER, roles_ensure
from security.twofactor import backup_codes_issue

# username, role, staff (signs in to admin) or not (a provider signs in to the portal)
DEMO_ACCOUNTS = [("officer", LA_OFFICER, True), ("moderator", MODERATOR, True)]
DEMO_PROVIDER = ("provider@example.org", PROVIDER, False)  # providers sign in by email
#: One-time backup codes printed per demo staff account: the second step of signing in.
DEMO_CODES = 3


class Command(BaseCommand):
    help = (
        "For demos only: give the demo accounts (officer, moderator, and the provider that "
        "seed_providers_demo made) a new random password, give the staff accounts new "
        "one-time security codes, and print the logins. Never run this on a production site."
    )

    def handle(self, *args, **options):
        roles_ensure()
        User = get_user_model()
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            f"Demo logins for http://127.0.0.1:{port}/admin/ (new passwords and codes each run):"
        )
        for username, role, staff in DEMO_ACCOUNTS:
            user, password = self._reset(User, username, role, staff)
            codes = backup_codes_issue(user=user, count=DEMO_CODES)
            self.stdout.write(
                f"  {role}: username {username}  password {password}  "
                f"security code (each works once) {' or '.join(codes)}"
            )
        self.stdout.write(
            "Admin sign-in asks for a security code after the password: use one of the codes above."
        )
        username, role, staff = DEMO_PROVIDER
        if User.objects.filter(username=username).exists():
            _, password = self._reset(User, username, role, staff)
            self.stdout.write(
                f"Demo provider login for http://127.0.0.1:{port}/provider/sign-in/:\n"
                f"  {role}: email {username}  password {password}"
            )

    def _reset(self, User, username, role, staff):  # noqa: N803
        password = secrets.token_urlsafe(12)
        user, _ = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = staff
        user.is_superuser = False
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        return user, password
