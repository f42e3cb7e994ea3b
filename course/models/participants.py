"""Speakers (the Participant model): the (fictional) people who answer round tables and
give testimonies. The admin calls them speakers, "intervenants" in French."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

handle_validator = RegexValidator(
    r"^[A-Za-z0-9_]{1,30}$",
    _("A handle has 1 to 30 letters, digits or underscores, without the @."),
)


class ParticipantManager(models.Manager):
    # A round table names the same people in every answer and shows their picture:
    # loading the picture with the person keeps the page to one query for all.
    def get_queryset(self):
        return super().get_queryset().select_related("picture")


class Participant(index.Indexed, models.Model):
    display_name = models.CharField(_("display name"), max_length=80)
    handle = models.CharField(
        _("handle"),
        max_length=30,
        unique=True,
        validators=[handle_validator],
        help_text=_("Fictional handle, without the @."),
    )
    role = models.CharField(_("role"), max_length=160, help_text=_("For example: school librarian"))
    presentation = models.TextField(_("short presentation"), max_length=800, blank=True)
    picture = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ParticipantManager()

    panels = [
        FieldPanel("display_name"),
        FieldPanel("handle"),
        FieldPanel("role"),
        FieldPanel("presentation"),
        FieldPanel("picture"),
    ]
    search_fields = [
        index.SearchField("display_name"),
        index.SearchField("handle"),
        index.AutocompleteField("display_name"),
    ]

    class Meta:
        # "Participants" reads as "enrolled learners" to Moodle users: these are speakers.
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["display_name"]

    def __str__(self):
        return f"{self.display_name} (@{self.handle})"

    def save(self, *args, **kwargs):
        self.handle = self.handle.lstrip("@")
        super().save(*args, **kwargs)

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.display_name.split()[:2]).upper()
