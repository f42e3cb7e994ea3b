"""The learner's forms: sign-up's extra field, their profile, and the password check
before deleting the account."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.validators import (
    clean_plain_text,
    normalise_handle,
    validate_single_line_text,
)


class PlainTextField(forms.CharField):
    """Single-line text: null bytes and invisible characters go, the rest is checked.

    Markup is not an error: it is stored as typed and escaped wherever it is shown.
    """

    default_validators = [validate_single_line_text]

    def to_python(self, value):
        value = super().to_python(value)
        return clean_plain_text(value) if value else value


class HandleField(PlainTextField):
    def to_python(self, value):
        return normalise_handle(super().to_python(value))


class HttpsURLField(forms.URLField):
    def to_python(self, value):
        if isinstance(value, str):
            value = clean_plain_text(value)
        return super().to_python(value)


class LanguageSelect(forms.Select):
    """Each language is named in itself ("Français", "English"), so each option says which
    language it is in: a screen reader then reads "Français" in French on an English page."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


def default_display_name(email: str) -> str:
    """The name shown when a learner gives none: their address's start, as words.

    "walker.test1@example.org" gives "Walker Test1" rather than a greeting to
    "walker.test1".
    """
    local = (email or "").split("@", 1)[0]
    words = [word[:1].upper() + word[1:] for word in re.split(r"[._+-]+", local) if word]
    return " ".join(words)[: User._meta.get_field("display_name").max_length]


class SignupForm(forms.Form):
    """The field allauth's sign-up form adds (ACCOUNT_SIGNUP_FORM_CLASS): a display name."""

    field_order = ["email", "display_name", "password1", "password2"]

    display_name = PlainTextField(
        label=_("Your display name"),  # the field template marks it optional
        max_length=User._meta.get_field("display_name").max_length,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name", "placeholder": _("Camille Martin")}),
        help_text=_(
            "The name other learners see and we greet you with. Left empty, it is the start "
            "of your email address: walker.test1@… becomes “Walker Test1”. You can change it "
            "in your profile."
        ),
    )

    def signup(self, request, user):
        user.display_name = self.cleaned_data.get("display_name") or default_display_name(
            user.email
        )
        user.save(update_fields=["display_name"])


class ProfileForm(forms.ModelForm):
    display_name = PlainTextField(
        label=_("Display name"),
        max_length=User._meta.get_field("display_name").max_length,
        required=False,
        help_text=_(
            "The name other learners see, at most 80 characters. "
            "Leave it empty to show your first name or the start of your email address."
        ),
    )
    # No max_length here: the format check says what is wrong with a long handle,
    # where a length count would include the "@" the learner may not have typed.
    twitter_handle = HandleField(
        label=_("X (Twitter) handle"),
        required=False,
        # 15 characters after an optional "@", as the platform allows.
        widget=forms.TextInput(attrs={"maxlength": 16}),
        help_text=_(
            "1 to 15 letters, digits or underscores; the @ in front is optional. "
            "For example @gazouillis."
        ),
    )
    mastodon_handle = HandleField(
        label=_("Mastodon handle"),
        max_length=User._meta.get_field("mastodon_handle").max_length,
        required=False,
        help_text=_("For example @gazouillis@mastodon.social."),
    )
    linkedin_url = HttpsURLField(
        label=_("LinkedIn profile"),
        max_length=User._meta.get_field("linkedin_url").max_length,
        required=False,
        assume_scheme="https",
        help_text=_("For example https://www.linkedin.com/in/your-name."),
    )

    class Meta:
        model = User
        fields = [
            "display_name",
            "twitter_handle",
            "mastodon_handle",
            "linkedin_url",
            "preferred_language",
            "notify_replies",
            "notify_announcements",
        ]
        labels = {
            "preferred_language": _("Language of the interface"),
            "notify_replies": _(
                "Email me when someone replies to my comments or gives feedback on my work"
            ),
            "notify_announcements": _("Email me the announcements of the courses I follow"),
        }
        widgets = {"preferred_language": LanguageSelect}
        help_texts = {
            "preferred_language": _("Also the language of the emails the platform sends you."),
            "notify_replies": "",
            "notify_announcements": "",
        }


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("This is not your current password."), code="password_incorrect"
            )
        return password
