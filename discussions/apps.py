from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "discussions"
    verbose_name = _("Discussions")

    def ready(self):
        from accounts import privacy
        from discussions import privacy as comments_privacy

        privacy.register("comments", comments_privacy.export, comments_privacy.erase)
