"""The trainers' forms for following learners: a reason, a session, an email, a message."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from course.models import CourseSession
from course.sessions import SessionState
from discussions.sanitize import clean_text
from trainers.models import Announcement


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, session):
        return _("%(course)s · %(session)s (%(start)s → %(end)s)") % {
            "course": session.course.title,
            "session": session.title,
            "start": f"{session.starts_on:%d/%m/%Y}",
            "end": f"{session.ends_on:%d/%m/%Y}",
        }


class SessionOfCourseField(forms.ModelChoiceField):
    """Sessions of one course: their title and dates are enough."""

    def label_from_instance(self, session):
        return _("%(session)s (%(start)s → %(end)s)") % {
            "session": session.title,
            "start": f"{session.starts_on:%d/%m/%Y}",
            "end": f"{session.ends_on:%d/%m/%Y}",
        }


def sessions_of(course_ids):
    """Sessions not finished yet of the trainer's courses, the soonest first."""
    return (
        CourseSession.objects.filter(course_id__in=course_ids)
        .select_related("course")
        .order_by("course__path", "starts_on")
    )


def unfinished(sessions) -> list[int]:
    return [s.pk for s in sessions if s.state != SessionState.ARCHIVED]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Kept in the certificate's log, with your name and the date."),
    )

    def clean_reason(self):
        reason = clean_text(self.cleaned_data["reason"])
        if not reason:
            raise forms.ValidationError(_("Say why: the reason is kept in the log."))
        return reason


class MoveForm(forms.Form):
    session = SessionOfCourseField(label=_("Move to the session"), queryset=CourseSession.objects)

    def __init__(self, *args, sessions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = CourseSession.objects.filter(
            pk__in=[s.pk for s in sessions]
        ).select_related("course")


class EnrolForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the learner"))
    session = SessionChoiceField(label=_("Session"), queryset=CourseSession.objects)

    def __init__(self, *args, course_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        sessions = list(sessions_of(course_ids))
        self.fields["session"].queryset = sessions_of(course_ids).filter(
            pk__in=unfinished(sessions)
        )

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(
                _(
                    "No account uses this address. Ask the person to sign up first, "
                    "then enrol them here."
                )
            )
        self.user = user
        return email


class WriteForm(forms.ModelForm):
    """An announcement to chosen learners: its course, subject and message."""

    class Meta:
        model = Announcement
        fields = ["course", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}

    def __init__(self, *args, course_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        from course.models import CoursePage

        self.fields["course"].queryset = CoursePage.objects.filter(pk__in=course_ids).order_by(
            "path"
        )
        self.fields["course"].empty_label = None

    def clean_body(self):
        body = clean_text(self.cleaned_data["body"])
        if not body:
            raise forms.ValidationError(_("Write a message."))
        return body
