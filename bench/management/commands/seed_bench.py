"""Seed the benchmark database at scale on top of the demo course.

10,000 learners enrolled in the open session, 500,000 completions (each learner has
done 40 to 60 steps of a course made longer with a bonus module), 50,000 comments
under the round tables, one page thread of 2,000 of them, 20,000 exercise submissions
(two per learner), and 5,000 posts of the open session on the demo's live-tweet
practice timeline (with their hashtags, mentions and likes). Bulk inserts and COPY keep
it to a minute or two; running it again adds only what is missing.
"""

import datetime
import io

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from bench.progress import Progress
from course.models import (
    CoursePage,
    CourseSession,
    Enrolment,
    LessonPage,
    ModulePage,
    TestimonialPage,
)
from course.navigation import course_navigation
from discussions.keys import ThreadKey
from discussions.models import Comment

LEARNERS = 10_000
COMPLETIONS = 500_000
COMMENTS = 50_000
BIG_THREAD = 2_000
SUBMISSIONS = 20_000
PRACTICE_POSTS = 5_000
BENCH_SESSION_AGE_DAYS = 40
# The demo's live-tweet step (demo/content/05-semaine-5-live-tweeter.yaml).
PRACTICE_SLUG = "fil-entrainement-live-tweet"
EMAIL = "bench-{n}@bench.gazouillis.test"
PASSWORD = "bench-learner-password"  # noqa: S105 - a throw-away benchmark database
BONUS_LESSONS = 45
BATCH = 5_000


class Command(BaseCommand):
    help = "Seed the benchmark database (10,000 learners, 500,000 completions, 50,000 comments)."

    def _submissions(self, users, course):
        Submission = apps.get_model("exercises", "Submission")
        ExercisePage = apps.get_model("exercises", "ExercisePage")
        exercises = list(ExercisePage.objects.live().descendant_of(course).order_by("path")[:2])
        if not exercises or Submission.objects.filter(exercise__in=exercises).count() >= len(
            exercises
        ) * len(users):
            return
        now = timezone.now()
        total = SUBMISSIONS if len(exercises) == 2 else SUBMISSIONS // 2
        with Progress("submissions", total) as progress:
            for exercise in exercises:
                for start in range(0, len(users), BATCH):
                    batch = users[start : start + BATCH]
                    Submission.objects.bulk_create(
                        [
                            Submission(
                                exercise=exercise,
                                user=user,
                                text=f"Ma réponse à « {exercise.title} », par {user.display_name}.",
                                status="submitted",
                                visibility="shared" if user.pk % 2 else "private",
                                submitted_version=1,
                                submitted_at=now,
                            )
                            for user in batch
                        ],
                        ignore_conflicts=True,
                    )
                    progress.advance(len(batch))

    def handle(self, *args, **options):
        User = get_user_model()
        self.stderr.write("  loading the demo course")
        call_command("load_demo", stdout=io.StringIO())
        course = CoursePage.objects.live().first()
        if User.objects.filter(email__endswith="@bench.gazouillis.test").count() < LEARNERS:
            session = self._open_session(course)
            steps = self._steps(course)
            users = self._learners(User)
            enrolments = self._enrolments(users, session)
            self._completions(enrolments, steps)
            self._comments(users)
        else:
            self.stderr.write("  learners, completions and comments already seeded")
            users = list(
                User.objects.filter(email__endswith="@bench.gazouillis.test").order_by("pk")
            )
        if apps.is_installed("exercises"):
            self._submissions(users, course)
        if apps.is_installed("practice"):
            seed_practice(self._open_session(course), users, PRACTICE_POSTS)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def _open_session(self, course):
        """The session the benchmark's learners take part in. It started long enough ago
        that every week is open to them (the demo's last opens 28 days after the start):
        the rows measure taking part, not the refusal of a week not open yet."""
        today = timezone.localdate()
        started = today - datetime.timedelta(days=BENCH_SESSION_AGE_DAYS)
        session = CourseSession.objects.filter(
            course=course, enrolment_opens_on__lte=today, enrolment_closes_on__gte=today
        ).first()
        if session is not None:
            if session.starts_on > started:
                CourseSession.objects.filter(pk=session.pk).update(starts_on=started)
            return session
        return CourseSession.objects.create(
            course=course,
            title="Session du banc d'essai",
            enrolment_opens_on=today - datetime.timedelta(days=30),
            enrolment_closes_on=today + datetime.timedelta(days=300),
            starts_on=started,
            ends_on=today + datetime.timedelta(days=365),
        )

    def _steps(self, course):
        """The course's steps, made at least 60 long with a bonus module of lessons."""
        if not ModulePage.objects.child_of(course).filter(slug="module-bonus").exists():
            module = ModulePage(title="Semaine bonus", slug="module-bonus")
            course.add_child(instance=module)
            with Progress("bonus lessons", BONUS_LESSONS) as progress:
                for n in range(1, BONUS_LESSONS + 1):
                    lesson = LessonPage(
                        title=f"Leçon bonus {n}",
                        slug=f"lecon-bonus-{n}",
                        body=[{"type": "paragraph", "value": f"<p>Exercice d'écriture n°{n}.</p>"}],
                    )
                    module.add_child(instance=lesson)
                    progress.advance()
        return course_navigation(CoursePage.objects.get(pk=course.pk))["outline"].steps

    def _learners(self, User):
        password = make_password(PASSWORD)
        with Progress("learners", LEARNERS) as progress:
            for start in range(0, LEARNERS, BATCH):
                batch = [
                    User(
                        email=EMAIL.format(n=n),
                        display_name=f"Apprenant·e {n}",
                        password=password,
                    )
                    for n in range(start, min(start + BATCH, LEARNERS))
                ]
                with transaction.atomic():
                    User.objects.bulk_create(batch, ignore_conflicts=True)
                    created = User.objects.filter(email__in=[u.email for u in batch])
                    EmailAddress.objects.bulk_create(
                        [
                            EmailAddress(user=u, email=u.email, verified=True, primary=True)
                            for u in created
                        ],
                        ignore_conflicts=True,
                    )
                progress.advance(len(batch))
        return list(User.objects.filter(email__endswith="@bench.gazouillis.test").order_by("pk"))

    def _enrolments(self, users, session):
        with Progress("enrolments", len(users)) as progress:
            for start in range(0, len(users), BATCH):
                Enrolment.objects.bulk_create(
                    [Enrolment(user=u, session=session) for u in users[start : start + BATCH]],
                    ignore_conflicts=True,
                )
                progress.advance(len(users[start : start + BATCH]))
        return list(Enrolment.objects.filter(session=session).order_by("pk"))

    def _completions(self, enrolments, steps):
        """Learner i has done the first 40 + i % 21 steps: 50 on average, 500,000 in all."""
        now = timezone.now()
        table = connection.ops.quote_name("course_completion")
        with Progress("completions", COMPLETIONS) as progress, connection.cursor() as cursor:
            written = 0
            with cursor.cursor.copy(
                f"COPY {table} (enrolment_id, page_id, completed_at) FROM STDIN"
            ) as copy:
                for i, enrolment in enumerate(enrolments):
                    count = min(40 + i % 21, len(steps), COMPLETIONS - written)
                    for step in steps[:count]:
                        copy.write_row((enrolment.pk, step.pk, now))
                    written += count
                    progress.advance(count)
                    if written >= COMPLETIONS:
                        break

    def _comments(self, users):
        pages = list(TestimonialPage.objects.live().order_by("path"))
        big, others = pages[0], pages[1:] or pages
        start = timezone.now() - datetime.timedelta(days=60)

        def comment(n, page, anchor="", parent=None):
            author = users[(n * 7919) % len(users)]
            return Comment(
                **ThreadKey.of(page, anchor).lookups(),
                author=author,
                parent=parent,
                root=parent,
                depth=1 if parent else 0,
                reply_to_name=parent.author.display_name if parent else "",
                replied_to_author=parent.author if parent else None,
                body=f"Merci pour ce témoignage, il m'aide à avancer (n°{n}).",
                created_at=start + datetime.timedelta(seconds=97 * n),
            )

        with Progress("comments", COMMENTS) as progress:
            # One page thread of 2,000: 1,600 comments and 400 replies to them.
            tops = Comment.objects.bulk_create([comment(n, big) for n in range(1_600)])
            Comment.objects.bulk_create(
                [comment(1_600 + n, big, parent=tops[n * 4]) for n in range(400)]
            )
            progress.advance(BIG_THREAD)
            remaining = COMMENTS - BIG_THREAD
            for offset in range(0, remaining, BATCH):
                Comment.objects.bulk_create(
                    [
                        comment(
                            BIG_THREAD + offset + k,
                            others[(offset + k) % len(others)],
                            anchor="" if k % 3 else f"q{k % 4}-p{k % 6}",
                        )
                        for k in range(min(BATCH, remaining - offset))
                    ]
                )
                progress.advance(min(BATCH, remaining - offset))


def practice_page():
    """The practice timeline the benchmark measures: the demo's live-tweet step."""
    PracticePage = apps.get_model("practice", "PracticePage")
    return PracticePage.objects.live().filter(slug=PRACTICE_SLUG).first()


def seed_practice(session, users, count: int) -> int:
    """`count` posts on the live-tweet timeline of `session`, by `users` in turn: one in
    five a reply, one in four with the scenario's hashtag, one in ten mentioning the next
    learner, one like in three, spread over the recording's moments. Returns how many
    were written (none once the timeline has `count` posts)."""
    Post = apps.get_model("practice", "Post")
    Tag = apps.get_model("practice", "Tag")
    Mention = apps.get_model("practice", "Mention")
    Like = apps.get_model("practice", "Like")
    page = practice_page()
    if page is None or not users:
        return 0
    existing = Post.objects.filter(page=page, session=session).count()
    missing = count - existing
    if missing <= 0:
        return 0
    start = timezone.now() - datetime.timedelta(days=3)
    hashtag = page.hashtag or "banc"
    written = 0
    with Progress("practice posts", missing) as progress:
        for offset in range(existing, count, BATCH):
            size = min(BATCH, count - offset)
            posts = []
            for k in range(size):
                n = offset + k
                author = users[(n * 7919) % len(users)]
                mentioned = users[(n * 7919 + 1) % len(users)]
                words = [f"Message n°{n} du live-tweet : une idée forte, reformulée."]
                if n % 4 == 0:
                    words.append(f"#{hashtag}")
                if n % 10 == 0 and mentioned.twitter_handle:
                    words.append(f"@{mentioned.twitter_handle}")
                posts.append(
                    Post(
                        page=page,
                        session=session,
                        author=author,
                        body=" ".join(words),
                        created_at=start + datetime.timedelta(seconds=31 * n),
                        moment_seconds=(n * 7) % 250,
                    )
                )
            made = Post.objects.bulk_create(posts)
            # One in five answers a post a little earlier in the batch.
            replies = []
            for k, post in enumerate(made):
                if k and (offset + k) % 5 == 0:
                    post.reply_to = made[max(0, k - 1 - (offset + k) % 7)]
                    replies.append(post)
            Post.objects.bulk_update(replies, ["reply_to"], batch_size=1000)
            Tag.objects.bulk_create(
                [Tag(post=post, name=hashtag.lower()) for post in made if "#" in post.body],
                ignore_conflicts=True,
            )
            Mention.objects.bulk_create(
                [
                    Mention(post=post, user=users[(n * 7919 + 1) % len(users)])
                    for n, post in enumerate(made, start=offset)
                    if n % 10 == 0
                ],
                ignore_conflicts=True,
            )
            Like.objects.bulk_create(
                [
                    Like(post=post, user=users[(n * 104729) % len(users)])
                    for n, post in enumerate(made, start=offset)
                    if n % 3 == 0
                ],
                ignore_conflicts=True,
            )
            written += len(made)
            progress.advance(len(made))
    from practice.timeline import forget_last_post

    forget_last_post(page.pk, session.pk)
    return written
