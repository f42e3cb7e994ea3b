from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from course import learning
from course.models import CoursePage
from course.navigation import course_navigation

# How far each demo learner has gone, in steps of the course: two learners at
# different points, so that a newcomer sees progress at once.
DEMO_PROGRESS = {
    "apprenante@demo.gazouillis.test": 6,
    "apprenant@demo.gazouillis.test": 13,
}


class Command(BaseCommand):
    help = "Enrol the demo learners and record their progress (after load_demo and the accounts)."

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
