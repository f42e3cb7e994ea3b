"""Everything a trainer reads about one learner, gathered in a fixed number of queries.

The page shows the learner's enrolments in the courses the trainer follows, each
with its progress module by module and step by step (done or not, when), the
certificate and its log; then the learner's exercise submissions, latest
comments and the announcements written to them. Each part is one query, whatever
the size of the courses or the learner's history.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page

from course.models import CertificateEvent, Completion, CourseSession, Enrolment
from course.sessions import SessionState
from discussions.models import Comment
from exercises.models import Submission
from trainers.models import AnnouncementRecipient

RECENT_COMMENTS = 20
RECENT_ANNOUNCEMENTS = 20


@dataclass
class StepRow:
    page_id: int
    title: str
    done_at: object = None


@dataclass
class ModuleRow:
    title: str
    steps: list[StepRow] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(1 for step in self.steps if step.done_at)


@dataclass
class EnrolmentRecord:
    enrolment: Enrolment
    modules: list[ModuleRow]
    events: list[CertificateEvent]
    other_sessions: list[CourseSession]

    @property
    def total(self) -> int:
        return sum(len(m.steps) for m in self.modules)

    @property
    def done(self) -> int:
        return sum(m.done for m in self.modules)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class LearnerRecord:
    enrolments: list[EnrolmentRecord]
    submissions: list
    comments: list
    announcements: list

    @property
    def last_activity(self):
        dates = [r.enrolment.last_activity_at for r in self.enrolments]
        return max((d for d in dates if d), default=None)


def _modules_by_course(courses) -> dict[int, list[ModuleRow]]:
    """Modules (any) and live steps of each course, in course order: one query."""
    if not courses:
        return {}
    where = Q()
    for course in courses:
        where |= Q(path__startswith=course.path, depth=course.depth + 1)
        where |= Q(path__startswith=course.path, depth=course.depth + 2, live=True)
    rows = Page.objects.filter(where).order_by("path").values_list("pk", "path", "depth", "title")
    by_course: dict[int, list[ModuleRow]] = {course.pk: [] for course in courses}
    modules: dict[str, ModuleRow] = {}
    for pk, path, depth, title in rows:
        course = next(c for c in courses if path.startswith(c.path))
        if depth == course.depth + 1:
            modules[path] = ModuleRow(title)
            by_course[course.pk].append(modules[path])
        elif path[: -Page.steplen] in modules:
            modules[path[: -Page.steplen]].steps.append(StepRow(pk, title))
    return by_course


def learner_record(user, course_ids: list[int]) -> LearnerRecord:
    enrolments = list(
        Enrolment.objects.filter(user=user, session__course_id__in=course_ids)
        .select_related("session", "session__course")
        .order_by("-enrolled_at")
    )
    courses = list({e.session.course_id: e.session.course for e in enrolments}.values())
    structure = _modules_by_course(courses)
    done: dict[tuple[int, int], object] = {
        (enrolment_id, page_id): at
        for enrolment_id, page_id, at in Completion.objects.filter(
            enrolment__in=[e.pk for e in enrolments]
        ).values_list("enrolment_id", "page_id", "completed_at")
    }
    events: dict[int, list] = {e.pk: [] for e in enrolments}
    for event in CertificateEvent.objects.filter(enrolment__in=list(events)).select_related(
        "actor"
    ):
        events[event.enrolment_id].append(event)
    sessions = list(
        CourseSession.objects.filter(course_id__in=[c.pk for c in courses]).order_by("starts_on")
    )
    records = []
    for enrolment in enrolments:
        modules = [
            ModuleRow(
                module.title,
                [
                    StepRow(step.page_id, step.title, done.get((enrolment.pk, step.page_id)))
                    for step in module.steps
                ],
            )
            for module in structure.get(enrolment.session.course_id, [])
        ]
        others = [
            s
            for s in sessions
            if s.course_id == enrolment.session.course_id
            and s.pk != enrolment.session_id
            and s.state != SessionState.ARCHIVED
        ]
        records.append(EnrolmentRecord(enrolment, modules, events[enrolment.pk], others))
    in_courses = Q(pk__in=[])
    for course in courses:
        in_courses |= Q(exercise__path__startswith=course.path)
    return LearnerRecord(
        enrolments=records,
        # Only what the learner did in the trainer's courses.
        submissions=list(
            Submission.objects.filter(in_courses, user=user)
            .select_related("exercise")
            .order_by("-updated_at")
        ),
        comments=list(
            Comment.objects.filter(author=user, deleted_at__isnull=True).order_by("-created_at")[
                :RECENT_COMMENTS
            ]
        ),
        announcements=list(
            AnnouncementRecipient.objects.filter(
                user=user, announcement__live=True, announcement__course_id__in=course_ids
            )
            .select_related("announcement")
            .order_by("-announcement__first_published_at")[:RECENT_ANNOUNCEMENTS]
        ),
    )
