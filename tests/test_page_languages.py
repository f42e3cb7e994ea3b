"""Every kind of page speaks the language of its URL: no French interface under /en/, no
English interface under /fr/.

The demo course is written in French and shows in French under both prefixes, so the test
first sets the course content aside: every text the database holds (page fields, stream
blocks, comments, names, settings) is content. What remains of a page is its interface,
and each piece of it is checked two ways:

- against the catalogues: a text that is exactly a French msgstr (placeholders filled in)
  under /en/, or an English msgid that has a French translation under /fr/, is a string
  shown in the wrong language ("(facultatif)" under /en/, "Delete my account" left
  untranslated under /fr/);
- for what no catalogue entry explains: words that only the other language uses ("vous",
  "votre", "les" in /en/; "the", "your", "you" in /fr/), which finds hard-coded text and
  strings that never reached a catalogue.

A text inside an element with its own `lang` (the language switcher, the profile's
language options) is in that language. A wrong but French translation under /fr/ is the
catalogue tests' to find (tests/test_translation_catalogues.py).
"""

import functools
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

FRENCH_PO = Path(__file__).resolve().parent.parent / "locale" / "fr" / "LC_MESSAGES" / "django.po"

# Apps whose rows are the course content, the learners' texts and the site's settings.
CONTENT_APPS = {
    "home",
    "course",
    "discussions",
    "exercises",
    "practice",
    "trainers",
    "accounts",
    "taggit",
}
CONTENT_MODELS = {("wagtailcore", "site"), ("wagtailimages", "image")}

# Words one language uses and the other does not (as whole words, case aside).
ONLY_FRENCH = {
    "le",
    "la",
    "les",
    "des",
    "du",
    "une",
    "vous",
    "votre",
    "vos",
    "est",
    "et",
    "pour",
    "sur",
    "dans",
    "aux",
    "avec",
    "sont",
    "cette",
    "pas",
    "ne",
    "mon",
    "mes",
    "ce",
    "qui",
    "que",
    "au",
    "un",
    "de",
    "mot",
    "mots",
    "étape",
    "étapes",
    "réponse",
    "commentaire",
}
ONLY_ENGLISH = {
    "the",
    "your",
    "you",
    "and",
    "of",
    "to",
    "is",
    "this",
    "with",
    "for",
    "are",
    "my",
    "it",
    "be",
    "has",
    "have",
    "not",
    "what",
    "which",
}
TEXT_ATTRIBUTES = {"aria-label", "placeholder", "title", "alt", "aria-description"}


def normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


class _Texts(HTMLParser):
    """The text nodes and text attributes of a page, each with the `lang` it is in."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.langs = [language]
        self.tags = []
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = (attrs.get("lang") or self.langs[-1]).split("-")[0]
        for name, value in attrs.items():
            is_button_label = (
                tag == "input" and name == "value" and attrs.get("type") in {"submit", "button"}
            )
            if value and (name in TEXT_ATTRIBUTES or is_button_label):
                self.found.append((lang, value, f"<{tag} {name}>"))
        if tag not in self.VOID:
            self.tags.append(tag)
            self.langs.append(lang)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in self.tags:
            while self.tags and self.tags.pop() != tag:
                self.langs.pop()
            self.langs.pop()

    def handle_data(self, data):
        if self.tags and self.tags[-1] in {"script", "style"}:
            return
        self.found.append((self.langs[-1], data, f"<{self.tags[-1] if self.tags else ''}>"))


def page_texts(html: str, language: str) -> list[tuple[str, str]]:
    """(text, where) of every piece of the page meant to be in `language`."""
    parser = _Texts(language)
    parser.feed(html)
    return [
        (normalise(text), where)
        for lang, text, where in parser.found
        if lang == language and re.search(r"[^\W\d_]{2}", text)
    ]


def _html_segments(value: str) -> list[str]:
    parser = _Texts("fr")
    parser.feed(value)
    return [text for _lang, text, _where in parser.found]


def _strings_in(value) -> list[str]:
    if isinstance(value, str):
        # The whole value, each of its lines (plain text shown with |linebreaks), and each
        # text node of the markup it holds (rich text).
        pieces = [value, *value.splitlines()]
        return [*pieces, *_html_segments(value)] if "<" in value else pieces
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings_in(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings_in(item)]
    return []


def content_texts() -> str:
    """Every text the database holds as content, one a line, normalised."""
    texts = []
    for model in apps.get_models():
        label = (model._meta.app_label, model._meta.model_name)
        if model._meta.app_label not in CONTENT_APPS and label not in CONTENT_MODELS:
            continue
        if not model._meta.managed or model._meta.proxy:
            continue
        fields = [f for f in model._meta.concrete_fields if not f.choices and not f.is_relation]
        for obj in model._base_manager.all():
            for field in fields:
                value = field.value_from_object(obj)
                if hasattr(value, "get_prep_value"):  # a StreamField's StreamValue
                    value = value.get_prep_value()
                texts.extend(_strings_in(value))
    return "\n".join(normalise(text) for text in texts)


NUMBERS = {"count", "counter", "number", "total", "done", "days", "day", "length", "limit"}
NUMBERS |= {"minimum", "maximum", "percent", "minutes", "learners"}


def _pattern(text: str, least_letters: int) -> re.Pattern | None:
    """A full-match pattern for a catalogue string, its placeholders filled by anything
    (a number where the placeholder counts something)."""
    text = normalise(text).replace("%%", "\0")
    if "<" in text:
        return None  # blocktranslate around markup: its pieces are separate text nodes
    pieces = re.split(r"(%\([^)]+\)[sd]|%[sd])", text)
    literal = "".join(pieces[0::2])
    if len(re.findall(r"[^\W\d_]", literal)) < least_letters:
        return None  # nothing but placeholders and punctuation
    body = ""
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            body += re.escape(piece.replace("\0", "%"))
        else:
            name = piece[2:-2] if piece.startswith("%(") else ""
            body += r"[\d ,.]+" if name in NUMBERS else "(.+?)"
    return re.compile(body, re.IGNORECASE if text[:1].isalpha() else 0)


def catalogue_patterns() -> dict[str, dict[str, list]]:
    """For each language, patterns of its own interface strings and of the other language's,
    each with the string's counterpart in the other language."""
    french, english = [], []
    for entry in polib.pofile(str(FRENCH_PO)):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        translated = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for source, text in zip(sources * len(translated), translated, strict=False):
            if normalise(source).lower() == normalise(text).lower():
                continue  # the same in both languages ("Image", "Question", "Sessions")
            french.append((text, source))
            english.append((source, text))

    def patterns(strings, least_letters):
        compiled = [(_pattern(text, least_letters), counterpart) for text, counterpart in strings]
        return [(pattern, counterpart) for pattern, counterpart in compiled if pattern]

    # A text is let through as its own language's from two letters ("On “%(title)s”"),
    # and called the other language's from three, so that "ou" or "or" stay ambiguous.
    return {
        "fr": {"own": patterns(french, 2), "other": patterns(english, 3)},
        "en": {"own": patterns(english, 2), "other": patterns(french, 3)},
    }


@functools.lru_cache(maxsize=2)
def _content_set(content: str) -> frozenset[str]:
    return frozenset(content.split("\n"))


@functools.lru_cache(maxsize=2)
def _content_lines(content: str) -> list[str]:
    return sorted({line for line in content.split("\n") if len(line) >= 4}, key=len, reverse=True)


def _without_content(text: str, content: str) -> str:
    """What is left of a text once the pieces of content it quotes are taken out
    ("Exercice : écrivez votre bio · Gazouillis" leaves "·", "1. Parlez-vous…" leaves "1.")."""
    for line in _content_lines(content):
        if line in text:
            text = text.replace(line, " ")
    return text


def wrong_language(html: str, language: str, content: str, patterns) -> list[str]:
    """The pieces of interface of a page that are in the other language, and why."""
    own, other = patterns[language]["own"], patterns[language]["other"]
    foreign_words = ONLY_FRENCH if language == "en" else ONLY_ENGLISH
    problems = []
    for text, where in page_texts(html, language):
        text = re.sub(r"^[✓✔✗•·→←▾]\s*", "", text)
        if text in _content_set(content) or any(pattern.fullmatch(text) for pattern, _ in own):
            continue  # a whole piece of content ("<b>leçons</b>" in a lesson), or the right text
        meant = next((meant for pattern, meant in other if pattern.fullmatch(text)), None)
        if meant:
            problems.append(f"{where} {text!r} should read {meant!r}")
            continue
        if text in content:
            continue
        words = set(re.findall(r"[^\W\d_]+", text.lower())) & foreign_words
        if words:
            words &= set(re.findall(r"[^\W\d_]+", _without_content(text, content).lower()))
        if words:
            problems.append(f"{where} {text!r} ({', '.join(sorted(words))})")
    return problems


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=io.StringIO())
    call_command("create_demo_accounts", "--force", stdout=io.StringIO())
    call_command("load_demo_learners", stdout=io.StringIO())


WRONG_PASSWORD = {"login": "apprenant@demo.gazouillis.test", "password": "not-the-password"}
PASSWORDS_DIFFER = {"email": "x@example.org", "password1": "a-long-pass-1", "password2": "other-2"}


def _pages_of_the_demo():
    """(what, path, who[, posted data]) for every kind of page, with the people who see it."""
    from django.contrib.auth import get_user_model

    from course import learning
    from course.models import CoursePage, Enrolment, LessonPage, ModulePage, TestimonialPage
    from course.navigation import course_navigation
    from discussions import services
    from discussions.models import Comment
    from exercises.models import ExercisePage, Submission

    User = get_user_model()
    learner = User.objects.get(email="apprenant@demo.gazouillis.test")
    course = CoursePage.objects.live().get()
    round_table = TestimonialPage.objects.filter(format="round_table").first()
    single = TestimonialPage.objects.exclude(format="round_table").first()

    finisher = User.objects.get(email="apprenante@demo.gazouillis.test")
    enrolment = Enrolment.objects.get(user=finisher)
    for step in course_navigation(course)["outline"].steps:
        learning.set_step_done(enrolment, step, True)
    enrolment.refresh_from_db()

    mine, _ = services.post_comment(user=learner, target=round_table, body="Un mot *à moi*.")
    theirs = Comment.objects.exclude(author=learner).filter(parent=None).first()
    submission = Submission.objects.filter(user=learner).first()
    assert enrolment.certificate_code and theirs and submission

    pages = [
        ("home", "/", None),
        ("course", course.url, None),
        ("course, enrolled", course.url, learner),
        ("course, complete", course.url, finisher),
        ("module", ModulePage.objects.live().first().url, learner),
        ("lesson", LessonPage.objects.live().first().url, learner),
        ("lesson, visitor", LessonPage.objects.live().first().url, None),
        ("round table", round_table.url, learner),
        ("single testimony", single.url, learner),
        ("search", reverse("search") + "?q=compte", None),
        ("search, nothing found", reverse("search") + "?q=zzzzzz", None),
        ("dashboard", reverse("dashboard"), learner),
        ("dashboard, complete", reverse("dashboard"), finisher),
        ("profile", reverse("profile"), learner),
        ("certificate", reverse("certificate", args=[enrolment.pk]), finisher),
        (
            "certificate check",
            reverse("verify_certificate", args=[enrolment.certificate_code]),
            None,
        ),
        ("sign in", reverse("account_login"), None),
        ("sign up", reverse("account_signup"), None),
        ("sign in, wrong password", reverse("account_login"), None, WRONG_PASSWORD),
        ("sign up, passwords differ", reverse("account_signup"), None, PASSWORDS_DIFFER),
        ("password reset", reverse("account_reset_password"), None),
        ("email addresses", reverse("account_email"), learner),
        ("password change", reverse("account_change_password"), learner),
        ("export my data", reverse("export_data"), learner),
        ("delete my account", reverse("delete_account"), learner),
        ("reply form", reverse("discussions:reply", args=[theirs.pk]), learner),
        ("edit form", reverse("discussions:edit", args=[mine.pk]), learner),
        ("report form", reverse("discussions:report", args=[theirs.pk]), learner),
        ("a peer's answer", reverse("exercises:submission", args=[submission.pk]), learner),
    ]
    for exercise in ExercisePage.objects.live():
        pages.append((f"exercise {exercise.kind}", exercise.url, learner))
        pages.append((f"exercise {exercise.kind}, visitor", exercise.url, None))
    from practice.models import Post, PracticePage

    for timeline in PracticePage.objects.live():
        pages.append(("practice timeline", timeline.url, learner))
        pages.append(("practice timeline, visitor", timeline.url, None))
        post = Post.objects.filter(page=timeline).first()
        if post is not None:
            pages.append(("practice reply", f"{timeline.url}?reply_to={post.pk}", learner))
            pages.append(("practice quote", f"{timeline.url}?quote={post.pk}", learner))
    return pages


def test_every_page_kind_shows_its_interface_in_the_language_of_its_url(client, demo):
    pages = _pages_of_the_demo()
    content = content_texts()
    patterns = catalogue_patterns()
    problems = []
    for language in ("en", "fr"):
        for what, path, who, *posted in pages:
            if who:
                client.force_login(who)
            else:
                client.logout()
            url = f"/{language}{path[3:]}" if path[:4] in {"/fr/", "/en/"} else f"/{language}{path}"
            with translation.override(language):
                response = client.post(url, posted[0]) if posted else client.get(url)
            assert response.status_code == 200, (what, url, response.status_code)
            problems += [
                f"{what} ({url}): {problem}"
                for problem in wrong_language(
                    response.content.decode(), language, content, patterns
                )
            ]
    assert problems == [], "\n".join(problems)


def test_the_check_finds_a_french_string_under_en_and_an_english_one_under_fr():
    """The detector itself: it fails on the kinds of defect it is there for, and passes
    course content (French under both prefixes) and the other language's own link."""
    patterns = catalogue_patterns()
    content = normalise("Pourquoi ouvrir un compte ?\nÀ vous de voir.")
    page = (
        "<p>(facultatif)</p><button>Enregistrer mon profil</button>"
        "<h2>Pourquoi ouvrir un compte ?</h2><p>À vous de voir.</p>"
        '<a lang="fr" href="/fr/">Français, le site</a><input placeholder="Save my profile">'
        "<p>Hello Léa, here is where you stand.</p>"
    )
    assert wrong_language(page, "en", content, patterns) == [
        "<p> '(facultatif)' should read '(optional)'",
        "<button> 'Enregistrer mon profil' should read 'Save my profile'",
    ]
    page = (
        "<p>Bonjour Léa, voici où vous en êtes.</p><p>Delete your account</p>"
        "<p>See all of the news</p>"
    )
    assert wrong_language(page, "fr", content, patterns) == [
        "<p> 'Delete your account' should read 'Supprimer votre compte'",
        "<p> 'See all of the news' (of, the)",
    ]
