"""Time how long a change of completion rules takes to reach 10,000 learners.

A course of 200 steps (20 weeks of 10 lessons) with 10,000 learners of its own
enrolled: 2,000 of them have done every step but the last, the others 20 steps. The
course is not published (its steps are), so that the other rows of the benchmark never
see it: the certificates read only the steps. The trainer makes the last step optional;
`issue_due_certificates` must find the 2,000 learners now done and give each a
certificate, in a fixed number of queries. The course is seeded once (COPY); each run
puts the rule and the certificates back first.
"""

import datetime
import statistics
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.progress import Progress
from course import learning
from course.models import CoursePage, CourseSession, Enrolment, LessonPage, ModulePage
from course.navigation import course_navigation

WEEKS, LESSONS = 20, 10
NEARLY_DONE = 2_000
STARTED = 20
RUNS = 3
LEARNERS = 10_000
EMAIL = "rules-{n}@rules.gazouillis.test"


class Command(BaseCommand):
    help = "Time the certificates a rule change makes due: 200 steps, 10,000 learners."

    def handle(self, *args, **options):
        course = self._course()
        steps = course_navigation(course)["outline"].steps
        session = self._session(course, steps)
        last = LessonPage.objects.filter(pk=steps[-1].pk)
        timings, queries, issued = [], 0, 0
        for _ in range(RUNS):
            last.update(required=True)
            Enrolment.objects.filter(session=session).update(completed_at=None)
            last.update(required=False)  # what publishing the step as optional changes
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                issued = learning.issue_due_certificates(course)
                timings.append(time.perf_counter() - started)
            queries = len(captured.captured_queries)
        learners = Enrolment.objects.filter(session=session).count()
        self.stdout.write(
            f"Certificates after a rule change: {len(steps)} steps, {learners:,} learners, "
            f"{issued:,} issued in {statistics.median(timings) * 1000:.0f} ms "
            f"(median of {RUNS}), {queries} queries"
        )

    def _course(self):
        course = CoursePage.objects.filter(slug="banc-regles").first()
        if course is not None:
            return course
        home = CoursePage.objects.live().first().get_parent()
        course = home.add_child(
            instance=CoursePage(title="Banc d'essai des règles", slug="banc-regles")
        )
        with Progress("rules course steps", WEEKS * LESSONS) as progress:
            for week in range(1, WEEKS + 1):
                module = course.add_child(
                    instance=ModulePage(title=f"Semaine {week}", slug=f"semaine-{week}")
                )
                for n in range(1, LESSONS + 1):
                    module.add_child(
                        instance=LessonPage(
                            title=f"Leçon {week}.{n}",
                            slug=f"lecon-{week}-{n}",
                            body=[{"type": "paragraph", "value": "<p>Une étape.</p>"}],
                        )
                    )
                    progress.advance()
        CoursePage.objects.filter(pk=course.pk).update(live=False)
        return course

    def _session(self, course, steps):
        session = CourseSession.objects.filter(course=course).first()
        if session is not None:
            return session
        today = timezone.localdate()
        session = CourseSession.objects.create(
            course=course,
            title="Session des règles",
            enrolment_opens_on=today - datetime.timedelta(days=30),
            enrolment_closes_on=today + datetime.timedelta(days=300),
            starts_on=today - datetime.timedelta(days=20),
            ends_on=today + datetime.timedelta(days=365),
        )
        User = get_user_model()
        User.objects.bulk_create(
            [
                User(
                    email=EMAIL.format(n=n), display_name=f"Règle {n}", password=make_password(None)
                )
                for n in range(LEARNERS)
            ],
            batch_size=5_000,
            ignore_conflicts=True,
        )
        users = list(
            User.objects.filter(email__endswith=EMAIL.split("}", 1)[1])
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        Enrolment.objects.bulk_create(
            [Enrolment(user_id=pk, session=session) for pk in users], batch_size=5_000
        )
        enrolments = list(
            Enrolment.objects.filter(session=session).order_by("pk").values_list("pk", flat=True)
        )
        now = timezone.now()
        table = connection.ops.quote_name("course_completion")
        total = NEARLY_DONE * (len(steps) - 1) + (len(enrolments) - NEARLY_DONE) * STARTED
        with Progress("rules course completions", total) as progress, connection.cursor() as cursor:
            with cursor.cursor.copy(
                f"COPY {table} (enrolment_id, page_id, completed_at) FROM STDIN"
            ) as copy:
                for i, enrolment in enumerate(enrolments):
                    done = steps[:-1] if i < NEARLY_DONE else steps[:STARTED]
                    for step in done:
                        copy.write_row((enrolment, step.pk, now))
                    progress.advance(len(done))
            cursor.execute("ANALYZE")
        return session
