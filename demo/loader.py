"""Builds the demo site from the demo content files, without ever duplicating it.

Pages, participants and pictures are looked up by their natural key (slug under
their parent, handle, image title) and only created when missing: a second run
changes nothing, and a trainer's edits to demo pages are never overwritten.
"""

import datetime
import io
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from course.models import (
    CoursePage,
    CourseSession,
    LessonPage,
    ModulePage,
    Participant,
    TestimonialPage,
)
from demo import drawing
from demo.reader import DemoContent
from exercises.models import ExercisePage
from home.models import HomePage
from practice.models import PracticePage


def _pairs(blocks: list[dict]) -> list[tuple]:
    """A stream as written in the content files: each block a mapping of its type to its value."""
    return [next(iter(block.items())) for block in blocks]


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created)


class DemoLoader:
    def __init__(self, content: DemoContent, log=None):
        self.content = content
        self.log = log or (lambda message: None)
        self.report = LoadReport()
        self.images: dict[str, int] = {}
        self.participants: dict[str, Participant] = {}
        self.pages_by_slug: dict[str, Page] = {}
        self.pending_links: list[tuple[Page, dict]] = []

    @transaction.atomic
    def run(self) -> LoadReport:
        home = self._ensure_home()
        self._ensure_site(home)
        self._ensure_illustrations()
        self._ensure_participants()
        self._ensure_course(home)
        self._resolve_pending_links()
        self._ensure_exercises()
        self._ensure_practice()
        return self.report

    # Pages -------------------------------------------------------------

    def _created(self, label: str) -> None:
        self.report.created.append(label)
        self.log(f"  + {label}")

    def _ensure_child(self, parent: Page, model, slug: str, fields: dict, tags=()):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            return existing
        page = model(slug=slug, **fields)
        if tags:
            page.tags.add(*tags)  # before the first save: published once, with its tags
        parent.add_child(instance=page)
        page.save_revision().publish()
        self._created(f"{model._meta.verbose_name}: {page.title}")
        return page

    @staticmethod
    def _ensure_tree_root() -> Page:
        # Wagtail's migrations create the locale, root page and root collection; a
        # `flush` removes them, and the demo must still load on such a database.
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        if not Collection.objects.exists():
            Collection.add_root(name="Root")
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(
                title="Root",
                slug="root",
                content_type=ContentType.objects.get_for_model(Page),
                locale=locale,
            )
        return root

    def _ensure_home(self) -> HomePage:
        home = HomePage.objects.first()
        if home is not None:
            return home
        data = self.content.home
        root = self._ensure_tree_root()
        home = HomePage(
            title=data["title"],
            slug="accueil",
            tagline=data.get("tagline", ""),
            intro=data.get("intro", ""),
            body=self._stream(data.get("body", [])),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        self._created(f"home page: {home.title}")
        return home

    def _ensure_site(self, home: HomePage) -> None:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Gazouillis",
            )
            self._created("site")
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = site.site_name or "Gazouillis"
            site.save()
            self._created("site root")
        # Wagtail's first migration leaves a placeholder "Welcome" page.
        for stale in Page.objects.filter(
            depth=2, content_type__app_label="wagtailcore", content_type__model="page"
        ):
            stale.delete()
            self._created("removed the placeholder page")

    def _ensure_course(self, home: HomePage) -> None:
        data = self.content.course
        course = self._ensure_child(
            home,
            CoursePage,
            data["slug"],
            {
                "title": data["title"],
                "summary": data.get("summary", ""),
                "intro": data.get("intro", ""),
                "effort": data.get("effort", ""),
                "audience": data.get("audience", ""),
                "body": self._stream(data.get("body", []), owner_slug=data["slug"]),
            },
        )
        self.pages_by_slug[course.slug] = course
        for module_data in data["modules"]:
            self._ensure_module(course, module_data)
        self._ensure_session(course, data.get("session"))

    def _ensure_session(self, course: CoursePage, data: dict | None) -> None:
        """One session open now, its dates around the day the demo is loaded."""
        data = data or {"title": "Session de démonstration"}
        if CourseSession.objects.filter(course=course, title=data["title"]).exists():
            return
        today = timezone.localdate()
        CourseSession.objects.create(
            course=course,
            title=data["title"],
            enrolment_opens_on=today - datetime.timedelta(days=14),
            enrolment_closes_on=today + datetime.timedelta(days=60),
            starts_on=today - datetime.timedelta(days=7),
            ends_on=today + datetime.timedelta(days=90),
        )
        self._created(f"session: {data['title']}")

    def _ensure_module(self, course: CoursePage, data: dict) -> None:
        module = self._ensure_child(
            course,
            ModulePage,
            data["slug"],
            {
                "title": data["title"],
                "summary": data.get("summary", ""),
                "intro": data.get("intro", ""),
                # Week by week from each session's start: the demo session began a week ago.
                "opens_after_days": data.get("opens_after_days"),
                "objectives": self._stream(data.get("objectives", [])),
            },
        )
        self.pages_by_slug[module.slug] = module
        for step in data["steps"]:
            page = self._ensure_step(module, step)
            self.pages_by_slug[page.slug] = page

    def _ensure_step(self, module: ModulePage, step: dict) -> Page:
        common = {"title": step["title"], "summary": step.get("summary", "")}
        if step["type"] == "lesson":
            return self._ensure_child(
                module,
                LessonPage,
                step["slug"],
                {
                    **common,
                    "format": step.get("format", "lesson"),
                    "reading_minutes": step.get("reading_minutes"),
                    "body": self._stream(step["body"], owner_slug=step["slug"]),
                },
            )
        fields = {
            **common,
            "format": step["format"],
            "layout": step.get("layout", "side_by_side"),
            "intro": step.get("intro", ""),
        }
        if step["format"] == "round_table":
            fields["questions"] = [self._question(question) for question in step["questions"]]
        else:
            fields["witness"] = self.participants[step["witness"]]
            fields["body"] = self._stream(step.get("body", []), owner_slug=step["slug"])
        page = TestimonialPage.objects.child_of(module).filter(slug=step["slug"]).first()
        if page is None:
            page = self._ensure_child(
                module, TestimonialPage, step["slug"], fields, tags=step.get("tags", [])
            )
        return page

    def _question(self, question: dict) -> dict:
        return {
            "type": "question",
            "value": {
                "question": question["question"],
                "answers": [
                    {"participant": self.participants[a["participant"]].pk, "answer": a["answer"]}
                    for a in question["answers"]
                ],
            },
        }

    def _ensure_exercises(self) -> None:
        """The exercises, at the end of their module, created once."""
        for data in self.content.exercises:
            module = self.pages_by_slug.get(data["module"])
            if module is None:
                continue
            fields = {
                key: data[key]
                for key in (
                    "title",
                    "kind",
                    "summary",
                    "intro",
                    "char_limit",
                    "picture_question",
                    "prompt",
                    "min_words",
                    "max_words",
                )
                if key in data
            }
            fields["bio_rules"] = [
                {"type": kind, "value": value}
                for rule in data.get("bio_rules", [])
                for kind, value in rule.items()
            ]
            fields["example_bios"] = [
                {"type": "example", "value": value} for value in data.get("example_bios", [])
            ]
            fields["questions"] = [
                {"type": "question", "value": value} for value in data.get("questions", [])
            ]
            fields["outcomes"] = [
                {
                    "type": "outcome",
                    "value": {
                        **outcome,
                        "testimonials": [
                            self.pages_by_slug[slug].pk
                            for slug in outcome.get("testimonials", [])
                            if slug in self.pages_by_slug
                        ],
                    },
                }
                for outcome in data.get("outcomes", [])
            ]
            fields["positions"] = [
                {"type": "position", "value": value} for value in data.get("positions", [])
            ]
            page = self._ensure_child(module, ExercisePage, data["slug"], fields)
            self.pages_by_slug[page.slug] = page

    def _ensure_practice(self) -> None:
        """The practice timelines, at the end of their module (after its exercises), once."""
        fields_read = (
            "title",
            "summary",
            "goal_posts",
            "goal_replies",
            "goal_mentions",
            "goal_hashtags",
            "hashtag",
            "recording_url",
            "transcript",
        )
        for data in self.content.practice:
            module = self.pages_by_slug.get(data["module"])
            if module is None:
                continue
            fields = {key: data[key] for key in fields_read if key in data}
            fields["instructions"] = self._stream(data.get("instructions", []))
            page = self._ensure_child(module, PracticePage, data["slug"], fields)
            self.pages_by_slug[page.slug] = page

    # Stream values -----------------------------------------------------

    def _stream(self, blocks: list, owner_slug: str | None = None) -> list[dict]:
        raw = []
        for block_type, value in _pairs(blocks):
            if block_type == "image":
                value = {**value, "image": self.images[value["image"]]}
            elif block_type == "testimonial_link":
                target = self.pages_by_slug.get(value["slug"])
                if target is None:
                    self.pending_links.append((owner_slug, value["slug"]))
                value = {"page": target.pk if target else None, "text": value.get("text", "")}
            raw.append({"type": block_type, "value": value})
        return raw

    def _resolve_pending_links(self) -> None:
        """Links to testimonials that come later in the course are filled in last."""
        for owner_slug in dict.fromkeys(owner for owner, _target in self.pending_links):
            page = self.pages_by_slug[owner_slug].specific
            if self._fill_links(page, list(page.body.raw_data)):
                page.save_revision().publish()

    def _fill_links(self, page, raw) -> bool:
        source = self._source_blocks(page.slug)
        changed = False
        for block, (block_type, value) in zip(raw, _pairs(source), strict=False):
            if block_type == "testimonial_link" and block["value"].get("page") is None:
                target = self.pages_by_slug.get(value["slug"])
                if target is not None:
                    block["value"]["page"] = target.pk
                    changed = True
        if changed:
            page.body = list(raw)
        return changed

    def _source_blocks(self, slug: str) -> list:
        for module in self.content.course["modules"]:
            for step in module["steps"]:
                if step["slug"] == slug:
                    return step.get("body", [])
        return []

    # Participants and pictures -------------------------------------------

    def _ensure_image(self, title: str, filename: str, render) -> int:
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title, file=ImageFile(io.BytesIO(render()), name=filename))
            image.save()
            self._created(f"image: {title}")
        return image.pk

    def _ensure_illustrations(self) -> None:
        for key, (title, _draw) in drawing.ILLUSTRATIONS.items():
            self.images[key] = self._ensure_image(
                title, f"demo-{key}.png", partial(drawing.illustration, key)
            )

    def _ensure_participants(self) -> None:
        for data in self.content.participants:
            participant = Participant.objects.filter(handle=data["handle"]).first()
            if participant is None:
                participant = Participant(
                    handle=data["handle"],
                    display_name=data["display_name"],
                    role=data["role"],
                    presentation=data.get("presentation", ""),
                )
                picture_id = self._ensure_image(
                    f"Portrait : {participant.display_name}",
                    f"demo-avatar-{participant.handle}.png",
                    partial(drawing.avatar, participant.initials, data.get("color", "#2f6f8f")),
                )
                participant.picture_id = picture_id
                participant.save()
                self._created(f"participant: {participant}")
            self.participants[participant.handle] = participant
