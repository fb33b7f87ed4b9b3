import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from core.roles import LA_OFFICER, MODERATOR, PROVIDER, roles_ensure

# username, role, staff (signs in to admin) or not (a provider signs in to the portal)
DEMO_ACCOUNTS = [("officer", LA_OFFICER, True), ("moderator", MODERATOR, True)]
DEMO_PROVIDER = ("provider@example.org", PROVIDER, False)  # providers sign in by email


class Command(BaseCommand):
    help = (
        "For demos only: give the demo accounts (officer, moderator, and the provider that "
        "seed_providers_demo made) a new random password and print the logins. Never run "
        "this on a production site."
    )

    def handle(self, *args, **options):
        roles_ensure()
        User = get_user_model()
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            f"Demo logins for http://127.0.0.1:{port}/admin/ (new passwords each run):"
        )
        for username, role, staff in DEMO_ACCOUNTS:
            password = self._reset(User, username, role, staff)
            self.stdout.write(f"  {role}: username {username}  password {password}")
        username, role, staff = DEMO_PROVIDER
        if User.objects.filter(username=username).exists():
            password = self._reset(User, username, role, staff)
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
        return password
