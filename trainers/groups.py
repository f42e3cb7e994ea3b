"""The "Trainers" group: what a trainer may do in the Wagtail admin, and nothing more.

Trainers add and edit the pages of every course (page permissions granted on each
course page, so they cannot touch the home page) and submit them for review; the
"Lead trainers" group adds the one right to publish at once (without review), which
a lead trainer holds beside the Trainers group. Trainers open sessions, write
announcements, add participants and images, moderate comments, read every
exercise submission and read the reports. They get no permission on users,
groups, sites, redirects or site settings: Wagtail then shows them none of those
screens.

Everything here is idempotent and written against an app registry, so that the
data migration (historical models) and the post_migrate handler share it.
"""

from django.apps import apps as global_apps

TRAINERS_GROUP = "Trainers"
LEAD_TRAINERS_GROUP = "Lead trainers"

# (app_label, codename): model and admin permissions of the group.
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("discussions", "moderate_comment"),
    ("discussions", "view_comment"),
    ("discussions", "change_comment"),
    ("course", "add_coursesession"),
    ("course", "change_coursesession"),
    ("course", "view_coursesession"),
    ("course", "add_participant"),
    ("course", "change_participant"),
    ("course", "view_participant"),
    ("exercises", "view_submission"),  # read every submission and its feedback
    ("practice", "view_post"),  # read every session's practice timeline
    ("trainers", "view_reports"),
    ("trainers", "add_announcement"),
    ("trainers", "change_announcement"),
    ("trainers", "delete_announcement"),
    ("trainers", "view_announcement"),
    ("trainers", "publish_announcement"),
]
# Granted on each course page and so on everything under it.
PAGE_PERMISSIONS = ["add_page", "change_page"]
# Publishing without review (and unpublishing, scheduling a go-live date): lead trainers.
LEAD_PAGE_PERMISSIONS = ["publish_page"]
# Granted on the root collection: images and documents used in lessons.
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def _permissions(apps, pairs):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codename in pairs:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        # On a fresh database the permissions of the apps migrated after this one
        # do not exist yet; post_migrate adds them at the end of `migrate`.
        if permission is not None:
            found.append(permission)
    return found


def grant_course_pages(apps, group, pages, names=PAGE_PERMISSIONS) -> None:
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    permissions = _permissions(apps, [("wagtailcore", name) for name in names])
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )


def ensure_trainers_group(apps=global_apps):
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(*_permissions(apps, PERMISSIONS))

    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for permission in _permissions(apps, COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )

    CoursePage = apps.get_model("course", "CoursePage")
    grant_course_pages(apps, group, CoursePage.objects.all())
    # Trainers published at once before reviews were required: that is lead trainers' now.
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group=group, permission__codename__in=LEAD_PAGE_PERMISSIONS
    ).delete()
    return group


def ensure_lead_trainers_group(apps=global_apps):
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=LEAD_TRAINERS_GROUP)
    CoursePage = apps.get_model("course", "CoursePage")
    grant_course_pages(apps, group, CoursePage.objects.all(), LEAD_PAGE_PERMISSIONS)
    return group


def trainers_group():
    from django.contrib.auth.models import Group

    return Group.objects.filter(name=TRAINERS_GROUP).first()


def lead_trainers_group():
    from django.contrib.auth.models import Group

    return Group.objects.filter(name=LEAD_TRAINERS_GROUP).first()


def on_post_migrate(sender, using="default", **kwargs):
    from django.contrib.auth.management import create_permissions
    from wagtail.snippets.models import create_extra_permissions

    from trainers.admin_language import sync_all_staff
    from trainers.workflow import ensure_review_workflow

    # This handler may run before auth's own for the apps it names (receivers run in
    # the order the apps are ready): their permissions are created first, idempotently.
    labels = {label for label, _name in PERMISSIONS + COLLECTION_PERMISSIONS} | {"wagtailcore"}
    for label in sorted(labels):
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=using)
    create_extra_permissions(global_apps.get_app_config("trainers"), using=using)  # "publish"
    ensure_trainers_group()
    ensure_lead_trainers_group()
    ensure_review_workflow()
    sync_all_staff()


def on_course_saved(sender, instance, created, raw=False, **kwargs):
    """A new course is the trainers' to edit and goes through their review."""
    if not created or raw:
        return
    from trainers.workflow import assign_review_workflow

    group = trainers_group()
    if group is not None:
        grant_course_pages(global_apps, group, [instance])
    lead = lead_trainers_group()
    if lead is not None:
        grant_course_pages(global_apps, lead, [instance], LEAD_PAGE_PERMISSIONS)
    assign_review_workflow(instance)
