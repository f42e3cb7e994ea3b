"""Site search over lessons and testimonials (Wagtail search, database backend)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page
from wagtail.search.utils import parse_query_string

from course.models import LessonPage, TestimonialPage
from course.reachability import reachable

SEARCH_PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    # Long or odd queries are cut rather than refused: a search box never errors.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            reachable(Page.objects.live().public())
            .type(LessonPage, TestimonialPage)
            .specific()
            # Parsed rather than passed raw: quotes and operators typed by visitors
            # become phrases and words, never a broken full-text expression.
            .search(parse_query_string(query, operator="and")[1])
        )
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request, "pages/search.html", {"search_query": query, "search_results": page}
    )
