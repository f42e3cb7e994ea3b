"""Whether a person has confirmed their email address: what posting anything on the site needs.

Reading stays open; enrolling, commenting and submitting an answer need a confirmed
address (allauth's verified `EmailAddress`). The answer is kept on the user object,
which lives as long as the request: one query however many places ask.
"""


def has_confirmed_email(user) -> bool:
    """True when `user` is an active, signed-in person with a confirmed email address."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    confirmed = getattr(user, "_has_confirmed_email", None)
    if confirmed is None:
        # Imported here: apps import this module while the app registry is still loading.
        from allauth.account.models import EmailAddress

        confirmed = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._has_confirmed_email = confirmed
    return confirmed


def remember_confirmed_email(user, confirmed: bool) -> None:
    """What a query that read it beside other things found (discussions/thread_html.py),
    so that `has_confirmed_email` asks no more."""
    user._has_confirmed_email = bool(confirmed)
