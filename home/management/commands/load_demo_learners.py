import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.utils import timezone

from course import learning
from course.demo.content import DISCUSSIONS
from course.models import CoursePage, TestimonialPage
from course.navigation import course_navigation

# How far each demo learner has gone, in steps of the course: two learners at
# different points, so that a newcomer sees progress at once.
DEMO_PROGRESS = {
    "apprenante@demo.gazouillis.test": 6,
    "apprenant@demo.gazouillis.test": 13,
}


class Command(BaseCommand):
    help = (
        "Enrol the demo learners, record their progress and their comments under the "
        "round tables (after load_demo and the accounts). Running it again changes nothing."
    )

    def handle(self, *args, **options):
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
            enrollment = learning.enrol(user, course)
            if enrollment.completions.exists():
                continue
            for step in steps[:count]:
                learning.set_step_done(enrollment, step, True)
            self.stdout.write(f"  {email}: {min(count, len(steps))} of {len(steps)} steps done")
        self._load_discussions(User)

    def _load_discussions(self, User):
        # home may not import discussions (ARCHITECTURE.md): the model is looked up by
        # name, and the comments are written directly, without the rate limits and
        # notifications that guard real posting.
        Comment = apps.get_model("discussions", "Comment")
        authors = {
            user.email: user for user in User.objects.filter(email__endswith="demo.gazouillis.test")
        }
        start = timezone.now() - datetime.timedelta(days=3)
        for thread in DISCUSSIONS:
            page = TestimonialPage.objects.live().filter(slug=thread["slug"]).first()
            if page is None:
                continue
            target = {
                "content_type": ContentType.objects.get_for_model(TestimonialPage),
                "object_id": str(page.pk),
                "anchor": "",
            }
            if Comment.objects.filter(**target).exists():
                continue
            written = 0
            for index, (email, body, replies) in enumerate(thread["comments"]):
                if email not in authors:
                    continue
                moment = start + datetime.timedelta(hours=5 * index)
                top = Comment.objects.create(
                    **target, author=authors[email], body=body, created_at=moment
                )
                written += 1
                parent = top
                for number, (reply_email, reply_body) in enumerate(replies, start=1):
                    if reply_email not in authors:
                        continue
                    parent = Comment.objects.create(
                        **target,
                        author=authors[reply_email],
                        body=reply_body,
                        parent=parent,
                        root=top,
                        depth=parent.depth + 1,
                        reply_to_name=parent.author.get_public_name(),
                        created_at=moment + datetime.timedelta(minutes=40 * number),
                    )
                    written += 1
            self.stdout.write(f"  {page.title}: {written} comments")
