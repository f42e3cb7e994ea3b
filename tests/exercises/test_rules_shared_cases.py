"""The Python rules and their browser mirror (static/js/exercises.js, run by node)
give the expected answer on every shared case of rule_cases.json."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from exercises import rules

ROOT = Path(__file__).resolve().parents[2]
CASES_FILE = Path(__file__).with_name("rule_cases.json")
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))
SCRIPT = ROOT / "static" / "js" / "exercises.js"

NODE_RUNNER = """
const rules = require(process.argv[1]);
const cases = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const out = {
  clean: cases.clean.map((c) => rules.cleanText(c.text)),
  length: cases.length.map((c) => rules.textLength(c.text)),
  words: cases.words.map((c) => rules.wordCount(c.text)),
  hashtags: cases.hashtags.map((c) => rules.hashtagCount(c.text)),
  links: cases.links.map((c) => rules.hasLink(c.text)),
  bio: cases.bio.map((c) => rules.checkBio(c.text, c.rules, c.limit)),
};
process.stdout.write(JSON.stringify(out));
"""


def python_rule(case) -> rules.Rule:
    return rules.Rule(
        check=case["check"],
        label=case.get("label", ""),
        phrases=case.get("phrases", []),
        maximum=case.get("maximum", 0),
        only_with_organisation=case.get("only_with_organisation", False),
    )


def bio_summary(result: dict) -> dict:
    return {
        "length": result["length"],
        "too_long": result["too_long"],
        "checks": [c["passed"] for c in result["checks"]],
        "needed": [c["needed"] for c in result["checks"]],
    }


def python_answers() -> dict:
    return {
        "clean": [rules.clean_text(c["text"]) for c in CASES["clean"]],
        "length": [rules.text_length(c["text"]) for c in CASES["length"]],
        "words": [rules.word_count(c["text"]) for c in CASES["words"]],
        "hashtags": [rules.hashtag_count(c["text"]) for c in CASES["hashtags"]],
        "links": [rules.has_link(c["text"]) for c in CASES["links"]],
        "bio": [
            rules.check_bio(c["text"], [python_rule(r) for r in c["rules"]], c["limit"]).as_dict()
            for c in CASES["bio"]
        ],
    }


@pytest.fixture(scope="module")
def node_answers():
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run the browser rules (apt install nodejs)")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [node, "-e", NODE_RUNNER, str(SCRIPT), str(CASES_FILE)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize("group", ["clean", "length", "words", "hashtags", "links"])
def test_python_rules_give_the_expected_answers(group):
    expected = [c["expect"] for c in CASES[group]]
    assert python_answers()[group] == expected


@pytest.mark.parametrize("group", ["clean", "length", "words", "hashtags", "links"])
def test_browser_rules_give_the_expected_answers(group, node_answers):
    expected = [c["expect"] for c in CASES[group]]
    assert node_answers[group] == expected


@pytest.mark.parametrize("index", range(len(CASES["bio"])), ids=[c["name"] for c in CASES["bio"]])
def test_bio_checklist_is_the_same_in_python_and_in_the_browser(index, node_answers):
    case = CASES["bio"][index]
    python = bio_summary(python_answers()["bio"][index])
    browser = bio_summary(node_answers["bio"][index])
    assert python == case["expect"]
    assert browser == case["expect"]
    assert python_answers()["bio"][index]["checks"] == node_answers["bio"][index]["checks"]
