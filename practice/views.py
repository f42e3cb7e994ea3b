"""The timeline's poll: new posts since a cursor, or 304 when there are none.

`GET updates/<page>/<session>/?after=<id>` answers 304 while the newest post of the
timeline is not after `after` (and when If-None-Match names the newest post). A poll
with a valid poll token is answered so before the session is read (practice/poll.py);
the others come here, where with the reader's access kept a few seconds in the shared
cache (practice/access.py) and the newest post's id kept there until the next post
(practice/timeline.py), such a poll costs no query beyond the reader's session.
Otherwise it answers the new posts' HTML, newest first as the page shows them, with the
new cursor in `X-Practice-Last` (more than 50 new posts come 50 at a time, oldest first,
over the next polls). Every answer from here, access checked, brings a fresh poll token.
"""

from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from course.models import CourseSession
from practice import access, poll, timeline
from practice.models import PracticePage
from practice.timeline_page import filter_url, week_opens_on


@never_cache
@require_GET
def updates(request, page_id: int, session_id: int):
    user = request.user
    if not user.is_authenticated:
        raise Http404
    after = poll.cursor(request.GET.get("after", ""))
    page = _readable_page(request, page_id, session_id)
    last = timeline.last_post_id(page_id, session_id)
    if last <= after or request.headers.get("If-None-Match") == poll.etag(last):
        response = HttpResponseNotModified()
        response["ETag"] = poll.etag(last)
        response[poll.TOKEN_HEADER] = poll.issue(request, page_id, session_id)
        return response
    page = page or get_object_or_404(PracticePage.objects.live(), pk=page_id)
    trainer = access.is_trainer(user)
    # The oldest new ones first: more than a page of new posts comes over several polls.
    posts = timeline.timeline_posts(
        page_id,
        session_id,
        user,
        show_hidden=trainer,
        after=after,
        limit=timeline.PAGE_SIZE,
        oldest_first=True,
    )
    cursor = posts[-1].pk if len(posts) == timeline.PAGE_SIZE else last
    posts.reverse()
    reader = access.Reader(CourseSession(pk=session_id), trainer=trainer)
    page_url = page.get_url(request)
    html = render_to_string(
        "practice/posts.html",
        {
            "posts": posts,
            "page": page,
            "page_url": page_url,
            "filter_url": filter_url(page_url, reader),
            "handles": timeline.session_handles(session_id),
            "author_ids": timeline.authors_of(posts),
            "reader": reader,
            "user": user,
            # A week not open yet: the posts are read, not answered, as on the page.
            "practice_opens_on": week_opens_on(page, reader),
        },
        request=request,
    )
    response = HttpResponse(html)
    response["ETag"] = poll.etag(last)
    response["X-Practice-Last"] = str(max(cursor, after))
    response[poll.TOKEN_HEADER] = poll.issue(request, page_id, session_id)
    return response


def _readable_page(request, page_id: int, session_id: int):
    """The page when it had to be read to check access (None: access was cached)."""
    if access.known_reader(page_id, session_id, request.user):
        return None
    page = get_object_or_404(PracticePage.objects.live(), pk=page_id)
    if not access.may_read_session(page, request.user, session_id, request):
        raise Http404
    return page
