import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from course import learning, release
from course.models import CoursePage, CourseSession, Enrolment, TestimonialPage
from course.navigation import course_navigation
from demo.reader import DemoContentError, read_content
from discussions.models import Comment
from exercises.models import ExercisePage, Submission, SubmissionVersion
from practice import posting
from practice.models import Post, PracticePage
from quizzes import questions, scoring
from quizzes.models import QuizAttempt, QuizPage, QuizResponse
from trainers.models import Announcement

# How far each demo learner has gone, in steps of the course: two learners at
# different points, so that a newcomer sees progress at once. Only the steps of the
# weeks open for their session on the day the demo is built count (the demo session
# began a week ago: weeks 1 and 2), as the site would have let them mark them done.
DEMO_PROGRESS = {
    "apprenante@demo.gazouillis.test": 6,
    "apprenant@demo.gazouillis.test": 13,
}


def week_opens_on(step, session) -> datetime.date | None:
    """The day `step`'s week opens for `session`'s learners (None: open from the start),
    as the site dates it (course/release.py)."""
    if session is None:
        return release.step_opens_on(step, None)
    return release.step_opens_in_session(step, session.pk)


def is_open(step, session) -> bool:
    """Whether the site takes answers to `step` from `session`'s learners today."""
    return release.opens_later(week_opens_on(step, session), timezone.localdate()) is None


def active_since(opens_on: datetime.date | None, days: int) -> datetime.datetime:
    """When the demo's activity on a step begins: `days` ago, or when its week opened if
    that is later (nothing is dated before the site would have taken it)."""
    start = timezone.now() - datetime.timedelta(days=days)
    if opens_on is None:
        return start
    opened = timezone.make_aware(datetime.datetime.combine(opens_on, datetime.time.min))
    return max(start, opened)


def not_after_now(moment: datetime.datetime) -> datetime.datetime:
    """`moment`, or now if it is later: a week that opened today has no activity ahead."""
    return min(moment, timezone.now())


class Command(BaseCommand):
    help = (
        "Enrol the demo learners, record their progress and their comments under the "
        "round tables (after load_demo and the accounts). Running it again changes nothing."
    )

    def handle(self, *args, **options):
        try:
            content = read_content()
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        User = get_user_model()
        course = CoursePage.objects.live().first()
        if course is None:
            self.stderr.write("No course: run load_demo first.")
            return
        steps = course_navigation(course)["outline"].steps
        for email, count in DEMO_PROGRESS.items():
            user = User.objects.filter(email=email).first()
            if user is None:
                continue
            enrolment = learning.enrol(user, course)
            if enrolment.completions.exists():
                continue
            done = [step for step in steps[:count] if is_open(step, enrolment.session)]
            for step in done:
                learning.set_step_done(enrolment, step, True)
            self.stdout.write(f"  {email}: {len(done)} of {len(steps)} steps done")
        self._load_discussions(User, content.discussions)
        self._load_submissions(User, content.submissions)
        self._load_announcement(User, course, content.announcement)
        self._load_practice(User, course, content.practice_posts)
        self._load_quiz_attempts(User, course, content.quiz_classmates)

    def _load_quiz_attempts(self, User, course, classmates):
        """Attempts at the quizzes: the demo learners' at the quizzes they have done (a
        first try, then a pass), and their classmates' at every quiz of the weeks open to
        them, drawn once from a seed (some pass, some try again, some stop).

        Written directly, without the rate limits; completions as the quiz page records them.
        """
        learners = list(User.objects.filter(email__in=DEMO_PROGRESS))
        for data in classmates:
            user, created = User.objects.get_or_create(
                email=data["email"], defaults={"display_name": data["display_name"]}
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            learning.enrol(user, course)
            learners.append(user)
        quizzes = list(QuizPage.objects.live().descendant_of(course).order_by("path"))
        for user in learners:
            enrolment = Enrolment.objects.active().filter(user=user, session__course=course).first()
            if enrolment is None:
                continue
            done = set(enrolment.completions.values_list("page_id", flat=True))
            written = 0
            for quiz in quizzes:
                if QuizAttempt.objects.filter(user=user, page=quiz).exists():
                    continue
                if not is_open(quiz, enrolment.session):
                    continue
                if user.email in DEMO_PROGRESS:
                    if quiz.pk not in done:
                        continue
                    skills = [0.5, 1.0]  # a first try, then every answer right
                else:
                    draw = random.Random(f"{user.email}/{quiz.slug}")  # noqa: S311 - demo data
                    skill = draw.uniform(0.3, 0.9)
                    tries = draw.randint(1, quiz.attempts_allowed or 3)
                    skills = [min(1.0, skill + 0.2 * n) for n in range(tries)]
                self._attempt_quiz(user, quiz, enrolment, skills)
                written += 1
            if written:
                self.stdout.write(f"  {user.get_public_name()}: {written} quizzes tried")

    @staticmethod
    def _attempt_quiz(user, quiz, enrolment, skills):
        draw = random.Random(f"{user.email}/{quiz.slug}/answers")  # noqa: S311 - demo data
        children = list(quiz.questions)
        start = active_since(week_opens_on(quiz, enrolment.session), days=2)
        scores = []
        for number, skill in enumerate(skills, start=1):
            moment = not_after_now(
                start + datetime.timedelta(hours=5 * number, minutes=draw.randint(0, 50))
            )
            attempt = QuizAttempt.objects.create(user=user, page=quiz, number=number)
            responses = []
            for child in children:
                key = questions.answer_key(child)
                answer = _demo_answer(key, draw.random() < skill, draw)
                marked = scoring.mark(key, answer)
                responses.append(
                    QuizResponse(
                        attempt=attempt,
                        question_id=child.id,
                        answer=answer,
                        correct=marked.correct,
                        points=marked.points,
                    )
                )
            QuizResponse.objects.bulk_create(responses)
            attempt.score = scoring.attempt_score([r.points for r in responses], len(children))
            attempt.submitted_at = moment
            attempt.save(update_fields=["score", "submitted_at"])
            scores.append(attempt.score)
        counted = scoring.counted_score(scores, quiz.counts)
        learning.record_score(enrolment, quiz, counted)
        if scoring.has_passed(counted, quiz.pass_threshold):
            learning.set_step_done(enrolment, quiz, True)

    def _load_announcement(self, User, course, announcement):
        """A trainer's message, already sent: it shows on the demo learners' dashboards.

        Written directly, like the comments: the demo sends no email.
        """
        # Found by its author, not its subject: a corrected demo text is not sent twice.
        if Announcement.objects.filter(
            course=course, author__email=announcement["author"]
        ).exists():
            return
        now = timezone.now()
        recipients = Enrolment.objects.active().filter(session__course=course).count()
        Announcement.objects.create(
            course=course,
            subject=announcement["subject"],
            body=announcement["body"],
            author=User.objects.filter(email=announcement["author"]).first(),
            live=True,
            first_published_at=now,
            last_published_at=now,
            sent_at=now,
            recipient_count=recipients,
        )
        self.stdout.write(f"  announcement: {announcement['subject']}")

    def _load_discussions(self, User, discussions):
        # The comments are written directly, without the rate limits and notifications
        # that guard real posting.
        authors = {
            user.email: user for user in User.objects.filter(email__endswith="demo.gazouillis.test")
        }
        start = timezone.now() - datetime.timedelta(days=3)
        for thread in discussions:
            page = TestimonialPage.objects.live().filter(slug=thread["slug"]).first()
            if page is None:
                continue
            target = {
                "content_type": ContentType.objects.get_for_model(TestimonialPage),
                "object_id": page.pk,
                "anchor": "",
            }
            if Comment.objects.filter(**target).exists():
                continue
            written = 0
            for index, comment in enumerate(thread["comments"]):
                email = comment["author"]
                if email not in authors:
                    continue
                moment = start + datetime.timedelta(hours=5 * index)
                top = Comment.objects.create(
                    **target, author=authors[email], body=comment["text"], created_at=moment
                )
                written += 1
                parent = top
                for number, reply in enumerate(comment.get("replies", []), start=1):
                    reply_email = reply["author"]
                    if reply_email not in authors:
                        continue
                    parent = Comment.objects.create(
                        **target,
                        author=authors[reply_email],
                        body=reply["text"],
                        parent=parent,
                        root=top,
                        depth=parent.depth + 1,
                        reply_to_name=parent.author.get_public_name(),
                        replied_to_author=parent.author,
                        created_at=moment + datetime.timedelta(minutes=40 * number),
                    )
                    written += 1
            self.stdout.write(f"  {page.title}: {written} comments")

    def _load_submissions(self, User, submissions):
        """The demo learners' exercise answers (every version kept) and their peer comments,
        for the exercises of the weeks open to their session (dated after the week opened).

        Written directly, like the comments above: the demo needs no notification.
        """
        authors = {
            user.email: user for user in User.objects.filter(email__endswith="demo.gazouillis.test")
        }
        for index, data in enumerate(submissions):
            page = ExercisePage.objects.live().filter(slug=data["exercise"]).first()
            user = authors.get(data["email"])
            if page is None or user is None:
                continue
            if Submission.objects.filter(exercise=page, user=user).exists():
                continue
            enrolment = learning.enrolment_for_step(user, page)
            session = enrolment.session if enrolment is not None else None
            if not is_open(page, session):
                continue
            stand = ""
            if "stand" in data and len(page.positions) > data["stand"]:
                stand = page.positions[data["stand"]].id
            start = active_since(week_opens_on(page, session), days=2)
            moment = not_after_now(start + datetime.timedelta(hours=3 * index))
            submission = Submission.objects.create(
                exercise=page,
                user=user,
                status="submitted",
                visibility=data["visibility"],
                created_at=moment,
                submitted_at=moment,
                updated_at=moment,
            )
            version = None
            for number, answer in enumerate(data["versions"], start=1):
                version = SubmissionVersion.objects.create(
                    submission=submission,
                    number=number,
                    text=answer["text"],
                    picture_answer=answer.get("picture_answer", ""),
                    stand=stand,
                    submitted_at=not_after_now(moment + datetime.timedelta(minutes=20 * number)),
                )
            submission.text = version.text
            submission.picture_answer = version.picture_answer
            submission.stand = stand
            submission.version = submission.submitted_version = len(data["versions"]) + 1
            submission.last_version = version
            submission.save()
            if enrolment is not None:
                learning.set_step_done(enrolment, page, True)
            for number, comment in enumerate(data.get("comments", []), start=1):
                email = comment["author"]
                if email in authors:
                    Comment.objects.create(
                        content_type=ContentType.objects.get_for_model(Submission),
                        object_id=submission.pk,
                        author=authors[email],
                        body=comment["text"],
                        # Feedback answers the learner, as the discussions service files it.
                        replied_to_author=user if authors[email] != user else None,
                        created_at=not_after_now(moment + datetime.timedelta(hours=number)),
                    )
            self.stdout.write(f"  {page.title}: {user.get_public_name()}")

    def _load_practice(self, User, course, timelines):
        """The demo learners' (and trainer's) posts on the practice timelines of the demo
        session, with their mentions, hashtags, replies and likes; no email is sent. A
        timeline whose week has not opened for the session stays empty, as on the site.

        Written through practice/posting.py (the 280 check, mentions and hashtags as on
        the site), then dated over the last two days, not before the week opened.
        Learners whose posts meet the page's goal have the step done, as on the site.
        """
        session = CourseSession.objects.filter(course=course).order_by("starts_on").first()
        if session is None:
            return
        authors = {
            user.email: user for user in User.objects.filter(email__endswith="demo.gazouillis.test")
        }
        for data in timelines:
            page = PracticePage.objects.live().filter(slug=data["timeline"]).first()
            if page is None or Post.objects.filter(page=page, session=session).exists():
                continue
            if not is_open(page, session):
                continue
            start = active_since(week_opens_on(page, session), days=2)
            written = []
            for post in data["posts"]:
                self._write_post(page, session, authors, post, None, written)
            for number, post in enumerate(written):
                Post.objects.filter(pk=post.pk).update(
                    created_at=not_after_now(start + datetime.timedelta(minutes=47 * number))
                )
            for user in {post.author for post in written}:
                enrolment = learning.enrolment_for_step(user, page)
                if enrolment is not None:
                    posting.record_goal(page, session.pk, enrolment.pk, user.pk)
            self.stdout.write(f"  {page.title}: {len(written)} posts")

    def _write_post(self, page, session, authors, data, reply_to, written):
        author = authors.get(data["author"])
        if author is None:
            return None
        posts = posting.publish(
            page,
            session,
            author,
            [data["text"], *data.get("thread", [])],
            reply_to_id=reply_to.pk if reply_to else None,
            moment_seconds=data.get("moment"),
            trainer=True,
        )
        written.extend(posts)
        highlight = data.get("highlight")
        if highlight and highlight["by"] in authors:
            Post.objects.filter(pk=posts[0].pk).update(
                highlighted_at=timezone.now(),
                highlighted_by=authors[highlight["by"]],
                highlight_note=highlight["note"],
            )
        for email in data.get("likes", []):
            if email in authors:
                posting.set_like(posts[0], authors[email], True)
        # Each reply answers the one before it: a conversation, as in the discussions.
        previous = posts[0]
        for reply in data.get("replies", []):
            answer = self._write_post(page, session, authors, reply, previous, written)
            previous = answer or previous
        return posts[0]


def _demo_answer(key: scoring.AnswerKey, right: bool, draw: random.Random) -> list[str]:
    """A right answer, or a likely wrong one: the first wrong choice attracts most."""
    options = list(key.options)
    if key.type == "order":
        if right:
            return options
        place = draw.randrange(len(options) - 1)
        options[place], options[place + 1] = options[place + 1], options[place]
        return options
    right_ones = [o for o in options if o in key.correct]
    wrong_ones = [o for o in options if o not in key.correct]
    if key.type == "multiple":
        if right or not wrong_ones:
            return right_ones
        kept = right_ones[: max(1, len(right_ones) - 1)]
        return kept + [wrong_ones[0] if draw.random() < 0.6 else draw.choice(wrong_ones)]
    if right:
        return right_ones[:1]
    return [wrong_ones[0] if draw.random() < 0.6 else draw.choice(wrong_ones)]
