from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from demo.accounts import DEMO_ACCOUNTS


def mark_email_verified(user) -> None:
    """Email confirmation is mandatory: a demo account's address is confirmed and primary."""
    address, _created = EmailAddress.objects.get_or_create(
        user=user, email__iexact=user.email, defaults={"email": user.email.lower()}
    )
    EmailAddress.objects.filter(user=user).exclude(pk=address.pk).update(primary=False)
    if not (address.verified and address.primary):
        address.verified = True
        address.primary = True
        address.save(update_fields=["verified", "primary"])


class Command(BaseCommand):
    help = "Create the local demo accounts (known passwords). Refused when DEBUG is off."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Create them even with DEBUG off (tests only)."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Demo accounts have public passwords: only with DEBUG on.")
        User = get_user_model()
        for account in DEMO_ACCOUNTS:
            fields = {
                k: v for k, v in account.items() if k not in {"email", "password", "role", "groups"}
            }
            user, created = User.objects.get_or_create(email=account["email"], defaults=fields)
            if created:
                user.set_password(account["password"])
                user.save()
            mark_email_verified(user)
            user.groups.add(*Group.objects.filter(name__in=account.get("groups", [])))
            self.stdout.write(
                f"  {account['role']:<8} {account['email']}  /  {account['password']}"
            )
