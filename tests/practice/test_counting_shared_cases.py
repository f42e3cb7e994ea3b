"""A post is counted the same by the server (practice/counting.py) and by the browser's
live counter (static/js/practice.js, run by node), on every case of counting_cases.json."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from practice import counting

ROOT = Path(__file__).resolve().parents[2]
CASES_FILE = Path(__file__).with_name("counting_cases.json")
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))
SCRIPT = ROOT / "static" / "js" / "practice.js"

NODE_RUNNER = """
const counting = require(process.argv[1]);
const cases = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
process.stdout.write(JSON.stringify(cases.length.map((c) => counting.weightedLength(c.text))));
"""


def names(group):
    return [case["name"] for case in CASES[group]]


@pytest.fixture(scope="module")
def browser_lengths():
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run the browser's counter (apt install nodejs)")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [node, "-e", NODE_RUNNER, str(SCRIPT), str(CASES_FILE)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize("case", CASES["length"], ids=names("length"))
def test_the_server_counts_each_case_as_x_does(case):
    assert counting.weighted_length(case["text"]) == case["expect"]


def test_the_browser_counts_every_case_as_the_server(browser_lengths):
    """One node run for every case; a difference names the cases that differ."""
    differ = [
        (case["name"], case["expect"], got)
        for case, got in zip(CASES["length"], browser_lengths, strict=True)
        if got != case["expect"]
    ]
    assert differ == []


@pytest.mark.parametrize("case", CASES["hashtags"], ids=names("hashtags"))
def test_hashtags_are_found_folded_and_once(case):
    assert counting.hashtags(case["text"]) == case["expect"]


@pytest.mark.parametrize("case", CASES["handles"], ids=names("handles"))
def test_mentioned_handles_are_found_folded_and_once(case):
    assert counting.handles(case["text"]) == case["expect"]


def test_a_post_over_280_is_too_long_and_280_is_not():
    assert counting.is_too_long("a" * 281)
    assert not counting.is_too_long("a" * 280)
    assert not counting.is_too_long("https://exemple.fr/" + "x" * 400)
