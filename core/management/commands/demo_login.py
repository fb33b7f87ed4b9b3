import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from core.roles import LA_OFFICER, MODERATOR, roles_ensure

DEMO_ACCOUNTS = [("officer", LA_OFFICER), ("moderator", MODERATOR)]


class Command(BaseCommand):
    help = (
        "For demos only: give the demo staff accounts (officer, moderator) a new random "
        "password and print the logins. Never run this on a production site."
    )

    def handle(self, *args, **options):
        roles_ensure()
        User = get_user_model()
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            f"Demo logins for http://127.0.0.1:{port}/admin/ (new passwords each run):"
        )
        for username, role in DEMO_ACCOUNTS:
            password = secrets.token_urlsafe(12)
            user, _ = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org"}
            )
            user.is_staff = True
            user.is_superuser = False
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=role)])
            self.stdout.write(f"  {role}: username {username}  password {password}")
