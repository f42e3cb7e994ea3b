"""A page is reachable when it and every page above it are live.

Wagtail serves a live page even when its parent is unpublished (its router checks
the live flag of the last page only), and `.live()` querysets say nothing of the
ancestors: a live lesson under an unpublished module would answer at its URL and
be listed. The page models refuse to route through a page that is not live; the
listings (search, feed) filter with `reachable()`, and a step under an unpublished
module is not required for the certificate (`module_not_live`). The outline already keeps only
steps under a live module of a live course. Previews do not route: trainers still
preview any draft.
"""

from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Substr
from wagtail.models import Page


def blocked_paths() -> list[str]:
    """Tree paths of the pages that are not live and have pages under them (one query)."""
    return list(
        Page.objects.filter(live=False, numchild__gt=0, depth__gt=1).values_list("path", flat=True)
    )


def reachable(queryset):
    """`queryset` without the pages that have an unpublished ancestor.

    A path prefix filter rather than a subquery: it also works on a queryset that is
    then searched (Wagtail's search backends filter on indexed fields such as `path`).
    """
    paths = blocked_paths()
    if not paths:
        return queryset
    under_blocked = Q()
    for path in paths:
        under_blocked |= Q(path__startswith=path)
    return queryset.exclude(under_blocked)


def module_not_live(step_depth: int) -> Exists:
    """For steps at `step_depth` (an OuterRef query): their module is not live.

    A subquery on the parent's tree path, so it adds no query of its own.
    """
    module_depth = step_depth - 1
    return Exists(
        Page.objects.filter(
            live=False,
            depth=module_depth,
            path=Substr(OuterRef("path"), 1, Value(module_depth * Page.steplen)),
        )
    )
