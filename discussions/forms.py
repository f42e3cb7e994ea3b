"""The comment and report forms: text normalised, length checked, honeypot kept aside."""

from django import forms
from django.utils.translation import gettext_lazy as _

from discussions.conf import MAX_BODY_LENGTH
from discussions.models import ReportReason
from discussions.sanitize import clean_text

HONEYPOT_FIELD = "website"


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        # The length is checked in clean_body, after normalisation, with our own message.
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MAX_BODY_LENGTH}),
        strip=False,
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Null bytes are stripped by clean_text rather than refused: they are invisible.
        self.fields["body"].validators = []

    def clean_body(self):
        raw = self.cleaned_data["body"]
        if len(raw) > MAX_BODY_LENGTH * 4:
            # Far too long to be a comment: say so without working on it.
            raise forms.ValidationError(self._too_long(len(raw)))
        body = clean_text(raw)
        if not body:
            raise forms.ValidationError(_("Write something before you send."))
        if len(body) > MAX_BODY_LENGTH:
            raise forms.ValidationError(self._too_long(len(body)))
        return body

    @staticmethod
    def _too_long(length: int):
        return _(
            "Your comment is %(length)d characters long; the limit is %(limit)d. "
            "Shorten it, then send it again: your text is still in the box."
        ) % {"length": length, "limit": MAX_BODY_LENGTH}

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this comment?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
    )
    details = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 1000}),
    )

    def clean_details(self):
        return clean_text(self.cleaned_data.get("details", ""))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == ReportReason.OTHER and not cleaned.get("details"):
            self.add_error("details", _("Say in a few words what is wrong."))
        return cleaned
