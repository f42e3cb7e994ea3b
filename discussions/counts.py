"""How many comments objects have: one definition of what counts, in three shapes.

A comment counts when it is published and not deleted, on any part of the object,
replies included: what the threads' headings and the listings show. The shapes:
{id: count} for a list of objects of one model (`comment_counts`), {(content
type id, id): count} for a mixed listing (`comment_counts_by_target`), and a
column of a query over the objects themselves (`comment_count_column`, a
correlated subquery), for reports and choices the database sorts on.
"""

from django.db.models import Count, F, Func, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from discussions.keys import target_type_id
from discussions.models import Comment


def _counted():
    return Comment.objects.published()


def comment_counts(model, ids) -> dict[int, int]:
    """{id: published comments} for the objects of `model` with `ids`: one query.

    Objects without a comment are left out (read with `.get(pk, 0)`).
    """
    ids = list(ids)
    if not ids:
        return {}
    rows = (
        _counted().on_targets(model, ids).order_by().values("object_id").annotate(total=Count("pk"))
    )
    return {row["object_id"]: row["total"] for row in rows}


def comment_counts_by_anchor(target) -> dict[str, int]:
    """{anchor: published comments} on each part of `target`: one query."""
    rows = (
        _counted()
        .on_targets(target, [target.pk])
        .order_by()
        .values("anchor")
        .annotate(total=Count("pk"))
    )
    return {row["anchor"]: row["total"] for row in rows}


def comment_counts_by_target(targets) -> dict[tuple[int, int], int]:
    """{(content type id, id): published comments} for objects of any models: one query."""
    targets = list(targets)
    if not targets:
        return {}
    rows = (
        _counted()
        .filter(
            content_type_id__in={target_type_id(t) for t in targets},
            object_id__in=[t.pk for t in targets],
        )
        .order_by()
        .values("content_type_id", "object_id")
        .annotate(total=Count("pk"))
    )
    return {(row["content_type_id"], row["object_id"]): row["total"] for row in rows}


def comment_count_column(model, of=None, *, by_author=None, exclude_author=None):
    """The published comments on objects of `model`, as a column of another query.

    `of`: which objects, an outer reference to one (by default the outer row,
    `OuterRef("pk")`) or a query of ids. `by_author` keeps the comments of one
    author, `exclude_author` leaves out one author's (e.g. a learner's own words
    under their answer); both take an id or an outer reference. 0 when none.
    """
    comments = _counted().on_targets(model, OuterRef("pk") if of is None else of)
    if by_author is not None:
        comments = comments.filter(author_id=by_author)
    if exclude_author is not None:
        comments = comments.exclude(author_id=exclude_author)
    total = comments.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(total, output_field=IntegerField()), Value(0))
