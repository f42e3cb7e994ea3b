"""The page tree is declared: a course lives under the home page, modules under a course,
lessons and testimonials under a module, and nowhere else."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from course.models import CoursePage, LessonPage, ModulePage, TestimonialPage
from home.models import HomePage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_course_only_under_home(self):
        self.assertAllowedParentPageTypes(CoursePage, {HomePage})
        self.assertCanCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CoursePage, CoursePage)
        self.assertCanNotCreateAt(ModulePage, CoursePage)

    def test_module_only_under_a_course(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertCanCreateAt(CoursePage, ModulePage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(ModulePage, ModulePage)

    def test_lessons_and_testimonials_only_under_a_module(self):
        from exercises.models import ExercisePage
        from practice.models import PracticePage

        self.assertAllowedSubpageTypes(
            ModulePage, {LessonPage, TestimonialPage, ExercisePage, PracticePage}
        )
        self.assertCanCreateAt(ModulePage, LessonPage)
        self.assertCanCreateAt(ModulePage, TestimonialPage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, TestimonialPage)

    def test_lessons_and_testimonials_are_leaves(self):
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(TestimonialPage, set())

    def test_home_page_is_a_singleton(self):
        self.assertEqual(HomePage.max_count, 1)
