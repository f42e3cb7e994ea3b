"""The feedback rules of the exercises, as pure functions with no database.

static/js/exercises.js carries the same rules for the live view; the cases in
tests/exercises/rule_cases.json are run against both, so that the checklist a
learner sees while typing is the one the server applies when they submit.

How a bio is counted: the text is cleaned (`clean_text`: Unicode NFC
normalisation, CRLF and CR turned into LF, null bytes removed, lone surrogates
replaced by U+FFFD, surrounding spaces trimmed), then its length is its number
of Unicode code points. "é" typed as e + combining accent counts 1 (NFC joins
them); an emoji counts 1, but an emoji made of several code points (a family,
a flag, a skin tone) counts each of them, as the platforms that count code
points do.

How words are matched: texts are folded (lower case, accents removed: NFD then
the non-spacing marks dropped) and cut into words (runs of letters and digits);
a phrase is found when its words appear one after the other in the bio. So
"Bibliothécaire" matches "bibliothecaire", and "com" does not match "compte".
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

# An explicit set, the same in Python and JavaScript (their \s differ slightly).
SPACE_CHARS = (
    " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_SPACE_CLASS = "[" + re.escape(SPACE_CHARS) + "]"
_TRIM_RE = re.compile(f"^{_SPACE_CLASS}+|{_SPACE_CLASS}+$")
_SPLIT_RE = re.compile(f"{_SPACE_CLASS}+")
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_HASHTAG_RE = re.compile(r"#[^\W]+")
# A web address: with its scheme or www, or a bare domain ("mairie-exemple.fr").
_LINK_RE = re.compile(
    r"(?:https?://|www\.)[^" + re.escape(SPACE_CHARS) + r"]+"
    r"|\b[a-z0-9-]+\.[a-z]{2,6}(?:/[^" + re.escape(SPACE_CHARS) + r"]*)?"
    r"(?=$|[" + re.escape(SPACE_CHARS) + r",;)!?])",
    re.ASCII,
)

RULE_CHECKS = ("role", "organisation", "audience", "disclaimer", "max_hashtags", "link")
PHRASE_RULES = ("role", "organisation", "audience", "disclaimer")


def clean_text(text: str) -> str:
    """The text as it is stored and counted (see the module docstring)."""
    text = _LONE_SURROGATE_RE.sub("\ufffd", text or "")
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _TRIM_RE.sub("", text.replace("\x00", ""))


def text_length(text: str) -> int:
    """Code points of the cleaned text: the count shown to the learner and checked."""
    return len(clean_text(text))


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", clean_text(text).lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def words(text: str) -> list[str]:
    """Folded words: runs of letters and digits."""
    return re.findall(r"[^\W_]+", fold(text))


def word_count(text: str) -> int:
    """Words of a reflection: space-separated pieces with at least one letter or digit."""
    return sum(1 for piece in _SPLIT_RE.split(clean_text(text)) if any(c.isalnum() for c in piece))


def contains_phrase(text_words: list[str], phrase: str) -> bool:
    wanted = words(phrase)
    if not wanted:
        return False
    size = len(wanted)
    return any(text_words[i : i + size] == wanted for i in range(len(text_words) - size + 1))


def hashtag_count(text: str) -> int:
    return len(_HASHTAG_RE.findall(clean_text(text)))


def has_link(text: str) -> bool:
    return _LINK_RE.search(fold(text)) is not None


def split_phrases(raw: str) -> list[str]:
    """A trainer's list of phrases: one a line or separated by commas."""
    return [p.strip() for p in re.split(r"[\n,]", raw or "") if p.strip()]


@dataclass
class Rule:
    """One checklist item configured by the trainer; `check` is what it checks
    (one of RULE_CHECKS, the block type of its StreamField block)."""

    check: str
    label: str = ""
    phrases: list[str] = field(default_factory=list)
    maximum: int = 0
    only_with_organisation: bool = False


@dataclass
class CheckResult:
    check: str
    label: str
    passed: bool
    needed: bool = True

    def as_dict(self) -> dict:
        return {
            "check": self.check,
            "label": self.label,
            "passed": self.passed,
            "needed": self.needed,
        }


@dataclass
class BioFeedback:
    length: int
    limit: int
    checks: list[CheckResult]

    @property
    def too_long(self) -> bool:
        return self.length > self.limit

    @property
    def passed(self) -> int:
        return sum(1 for c in self.checks if c.passed and c.needed)

    @property
    def needed(self) -> int:
        return sum(1 for c in self.checks if c.needed)

    def as_dict(self) -> dict:
        return {
            "length": self.length,
            "limit": self.limit,
            "too_long": self.too_long,
            "checks": [c.as_dict() for c in self.checks],
        }


def check_bio(text: str, rules: Iterable[Rule], limit: int) -> BioFeedback:
    """The counter and the checklist of a bio.

    A phrase rule passes when the bio contains one of its phrases. The maximum
    of hashtags passes at or under the maximum. The link rule passes with a web
    address. A disclaimer marked "only with an organisation" is only needed when
    the organisation rule passes (a personal account needs none); when it is not
    needed it does not count, whatever the bio says.
    """
    rules = list(rules)
    bio_words = words(text)
    results: list[CheckResult] = []
    organisation_named = any(
        r.check == "organisation" and any(contains_phrase(bio_words, p) for p in r.phrases)
        for r in rules
    )
    for rule in rules:
        if rule.check in PHRASE_RULES:
            passed = any(contains_phrase(bio_words, p) for p in rule.phrases)
        elif rule.check == "max_hashtags":
            passed = hashtag_count(text) <= rule.maximum
        elif rule.check == "link":
            passed = has_link(text)
        else:
            continue
        needed = not (
            rule.check == "disclaimer" and rule.only_with_organisation and not organisation_named
        )
        results.append(CheckResult(rule.check, rule.label, passed and needed, needed))
    return BioFeedback(length=text_length(text), limit=limit, checks=results)


def check_word_range(text: str, minimum: int, maximum: int) -> tuple[int, bool, bool]:
    """(words, too short, too long) of a reflection."""
    count = word_count(text)
    return count, count < minimum, bool(maximum) and count > maximum


# One account or two -----------------------------------------------------------

CHOICES = ("one", "two", "organisation")


@dataclass
class Recommendation:
    choice: str
    scores: dict[str, int]
    reasons: list[str]


def recommend(answers: Iterable[dict]) -> Recommendation:
    """The recommended choice from the chosen answers' weights.

    Each answer is {"one": w, "two": w, "organisation": w, "reason": text}. The
    choice with the highest total wins; a tie goes to the simpler setup, in the
    order one account, two accounts, an organisation's account. The reasons
    are those of the answers that weighed most towards the choice.
    """
    answers = list(answers)
    scores = {choice: sum(int(a.get(choice) or 0) for a in answers) for choice in CHOICES}
    choice = max(CHOICES, key=lambda c: (scores[c], -CHOICES.index(c)))
    supporting = sorted(
        (a for a in answers if int(a.get(choice) or 0) > 0 and a.get("reason")),
        key=lambda a: -int(a.get(choice) or 0),
    )
    return Recommendation(choice, scores, [a["reason"] for a in supporting])


def distribution(counts: dict[str, int], keys: Iterable[str]) -> list[tuple[str, int, int]]:
    """(key, count, percent) for each key in order; percents are rounded and sum to 100."""
    keys = list(keys)
    total = sum(counts.get(k, 0) for k in keys)
    if not total:
        return [(k, 0, 0) for k in keys]
    exact = [100 * counts.get(k, 0) / total for k in keys]
    floors = [int(x) for x in exact]
    # Largest remainders get the missing points, so that the bars add up to 100.
    order = sorted(range(len(keys)), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in order[: 100 - sum(floors)]:
        floors[i] += 1
    return [(k, counts.get(k, 0), floors[i]) for i, k in enumerate(keys)]
