from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from accounts import user_cache
        from accounts.privacy import register_account_sections

        register_account_sections()
        # Whatever is kept for a person (their row, their record) is dropped when it changes.
        user_cache.connect()
