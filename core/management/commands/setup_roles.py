from django.core.management.base import BaseCommand

from core.roles import roles_ensure


class Command(BaseCommand):
    help = "Create the staff groups (LA officer, Moderator) and give them their permissions."

    def handle(self, *args, **options):
        for name, group in roles_ensure().items():
            self.stdout.write(f"{name}: {group.permissions.count()} permissions")
