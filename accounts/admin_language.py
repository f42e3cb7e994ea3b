"""What the admin's viewsets of every app share: their screens in the trainer's language.

It lives in accounts, which imports no app, so that every app's viewsets may use it
(discussions may import only accounts).

Wagtail prepares some of a viewset's screens once, when the admin's URLs load, in
the default language (French): an English admin then read "Choisissez une page
(Cours)" or "Choisir session" in a form, and "Accueil" in the breadcrumbs.
"""

from django.utils import translation
from django.utils.functional import Promise


class FormInTheTrainersLanguageMixin:
    """For a Wagtail ModelViewSet or SnippetViewSet that has panels."""

    def get_add_view_kwargs(self, **kwargs):
        # Without a form class, the view builds it from its panel on each request, in
        # the trainer's language (a few milliseconds for a form of a few fields).
        return {**super().get_add_view_kwargs(**kwargs), "form_class": None}

    def get_edit_view_kwargs(self, **kwargs):
        return {**super().get_edit_view_kwargs(**kwargs), "form_class": None}

    @property
    def breadcrumbs_items(self):
        # Wagtail's snippets translate "Home" and "Snippets" when the URLs load: read
        # them untranslated, and translate them when each page is shown.
        with translation.override(None):
            items = super().breadcrumbs_items
        return [
            item
            if isinstance(item["label"], Promise)
            else {**item, "label": translation.gettext_lazy(item["label"])}
            for item in items
        ]
