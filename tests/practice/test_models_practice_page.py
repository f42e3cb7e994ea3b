"""Where a practice timeline lives in the page tree, and what makes it done."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from course.models import CoursePage, ModulePage
from practice.models import PracticePage

pytestmark = pytest.mark.django_db


class PracticePageTreeTests(WagtailPageTestCase):
    def test_a_practice_timeline_is_a_step_of_a_module_and_a_leaf(self):
        self.assertAllowedParentPageTypes(PracticePage, {ModulePage})
        self.assertCanNotCreateAt(CoursePage, PracticePage)
        self.assertAllowedSubpageTypes(PracticePage, set())


def test_done_when_the_goal_is_met_unless_a_trainer_chooses_marked(practice):
    assert practice.completion_rule == "goal_met"
    assert not practice.is_marked_by_learner
    practice.done_when = "marked"
    assert practice.is_marked_by_learner


def test_a_practice_timeline_cannot_be_done_by_a_quiz_score(practice):
    practice.done_when = "quiz_passed"
    with pytest.raises(ValidationError):
        practice.clean()
