"""The exercise page costs the same number of queries with 10 or 300 submissions."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exercises import peers
from exercises.models import Submission
from tests.exercises.test_peers import shared_submissions

pytestmark = pytest.mark.django_db


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("fixture_name", ["exercise", "reflection", "one_or_two"])
def test_the_exercise_page_query_count_does_not_grow_with_submissions(
    client, request, session, enrolment, learner, fixture_name
):
    page = request.getfixturevalue(fixture_name)
    ContentType.objects.get_for_model(Submission)
    shared_submissions(page, session, 10)
    client.force_login(learner)
    client.post(page.url, {"action": "submit", "text": "un deux trois quatre"})
    peers.assign_peers(page, learner, session.pk)
    client.get(page.url)  # warm the caches (site, content types)
    small = page_queries(client, page.url)
    shared_submissions(page, session, 290)
    large = page_queries(client, page.url)
    assert large == small
    assert small <= 20
