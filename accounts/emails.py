"""The one place that sends email: every message goes out as a background task.

Callers render their message first (templates need objects that a task queue
cannot carry), then hand plain strings to `send_email`.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def deliver_email(
    subject: str, body: str, to: list[str], html_body: str = "", headers: dict | None = None
) -> None:
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers=headers or {},
    )
    if html_body:
        message.attach_alternative(html_body, "text/html")
    message.send()


def send_email(
    subject: str, body: str, to: list[str], html_body: str = "", headers: dict | None = None
) -> None:
    deliver_email.enqueue(
        subject=subject, body=body, to=list(to), html_body=html_body, headers=headers
    )


def send_message(message) -> None:
    """Queue an already rendered Django email message."""
    html_body = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        "",
    )
    send_email(
        subject=message.subject,
        body=message.body,
        to=message.to,
        html_body=html_body,
        headers=dict(message.extra_headers),
    )
