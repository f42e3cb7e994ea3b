"""Course content: the page tree of a MOOC and the people who testify in it."""

from course.choices import LessonFormat, TestimonialFormat, TestimonialLayout
from course.models.enrolments import (
    CertificateAction,
    CertificateEvent,
    Completion,
    CourseSession,
    Enrolment,
    StepScore,
)
from course.models.pages import (
    CoursePage,
    LessonPage,
    ModulePage,
    TestimonialPage,
    TestimonialTag,
)
from course.models.participants import Participant

__all__ = [
    "CertificateAction",
    "CertificateEvent",
    "Completion",
    "CoursePage",
    "CourseSession",
    "Enrolment",
    "LessonFormat",
    "LessonPage",
    "ModulePage",
    "Participant",
    "StepScore",
    "TestimonialFormat",
    "TestimonialLayout",
    "TestimonialPage",
    "TestimonialTag",
]
