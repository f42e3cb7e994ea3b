// The exercises' live feedback and drafts that are never lost.
// The rules below mirror exercises/rules.py: tests/exercises/rule_cases.json is run
// against both (node runs this file), so the live checklist is the one the server applies.
// The page works without this file: the form posts and the server answers.
(function (root, factory) {
  "use strict";
  var rules = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = rules;
  } else {
    root.GazouillisExerciseRules = rules;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var SPACES = " \\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
  var TRIM_RE = new RegExp("^[" + SPACES + "]+|[" + SPACES + "]+$", "g");
  var SPLIT_RE = new RegExp("[" + SPACES + "]+");
  var LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/g;
  var LINK_RE = new RegExp(
    "(?:https?://|www\\.)[^" + SPACES + "]+" +
      "|\\b[a-z0-9-]+\\.[a-z]{2,6}(?:/[^" + SPACES + "]*)?(?=$|[" + SPACES + ",;)!?])"
  );
  var PHRASE_RULES = ["role", "organisation", "audience", "disclaimer"];

  function replaceLoneSurrogates(text) {
    return text.replace(LONE_SURROGATE_RE, function (match) {
      // A lone low surrogate is matched with the character before it: keep that one.
      return match.length === 2 ? match[0] + "\ufffd" : "\ufffd";
    });
  }

  function cleanText(text) {
    text = replaceLoneSurrogates(String(text || "")).normalize("NFC");
    text = text.replace(/\r\n/g, "\n").replace(/\r/g, "\n").replace(/\u0000/g, "");
    return text.replace(TRIM_RE, "");
  }

  function textLength(text) {
    return Array.from(cleanText(text)).length;
  }

  function fold(text) {
    return cleanText(text).toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "");
  }

  function words(text) {
    return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function wordCount(text) {
    return cleanText(text)
      .split(SPLIT_RE)
      .filter(function (piece) { return /[\p{L}\p{N}]/u.test(piece); }).length;
  }

  function containsPhrase(textWords, phrase) {
    var wanted = words(phrase);
    if (!wanted.length) return false;
    for (var i = 0; i + wanted.length <= textWords.length; i++) {
      var same = true;
      for (var j = 0; j < wanted.length; j++) {
        if (textWords[i + j] !== wanted[j]) { same = false; break; }
      }
      if (same) return true;
    }
    return false;
  }

  function hashtagCount(text) {
    return (cleanText(text).match(/#[\p{L}\p{N}_]+/gu) || []).length;
  }

  function hasLink(text) {
    return LINK_RE.test(fold(text));
  }

  function anyPhrase(bioWords, rule) {
    return (rule.phrases || []).some(function (p) { return containsPhrase(bioWords, p); });
  }

  function checkBio(text, rules, limit) {
    var bioWords = words(text);
    var organisationNamed = rules.some(function (r) {
      return r.check === "organisation" && anyPhrase(bioWords, r);
    });
    var checks = [];
    rules.forEach(function (rule) {
      var passed;
      if (PHRASE_RULES.indexOf(rule.check) !== -1) passed = anyPhrase(bioWords, rule);
      else if (rule.check === "max_hashtags") passed = hashtagCount(text) <= (rule.maximum || 0);
      else if (rule.check === "link") passed = hasLink(text);
      else return;
      var needed = !(rule.check === "disclaimer" && rule.only_with_organisation && !organisationNamed);
      checks.push({ check: rule.check, label: rule.label, passed: passed && needed, needed: needed });
    });
    var length = textLength(text);
    return { length: length, limit: limit, too_long: length > limit, checks: checks };
  }

  return {
    cleanText: cleanText,
    textLength: textLength,
    fold: fold,
    words: words,
    wordCount: wordCount,
    hashtagCount: hashtagCount,
    hasLink: hasLink,
    checkBio: checkBio,
  };
});

// The page: counter, preview, checklist, autosave to the server and to the browser.
(function () {
  "use strict";
  if (typeof document === "undefined") return;
  var R = window.GazouillisExerciseRules;
  var form = document.querySelector("form[data-exercise-form]");
  var configNode = document.getElementById("exercise-rules");
  if (!form || !R) return;
  // Each kind's template carries what its live feedback needs: the bio's checklist
  // rules (#exercise-rules), a word counter ([data-word-counter]).
  var config = configNode ? JSON.parse(configNode.textContent) : null;
  var d = form.dataset;
  var storageKey = "gz-exercise:" + d.user + ":" + d.page;
  var textArea = form.querySelector("[data-exercise-text]");
  var versionInput = form.querySelector("[data-version]");
  var statusNode = form.querySelector("[data-save-status]");
  var restoredNode = document.querySelector("[data-restored]");
  var timer = null;
  var inFlight = false;
  var pending = false;
  var paused = false;

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function collect() {
    var data = { version: parseInt(versionInput.value, 10) || 0, answers: {} };
    data.text = textArea ? textArea.value : "";
    var picture = form.querySelector("[name=picture_answer]");
    data.picture_answer = picture ? picture.value : "";
    var stand = form.querySelector("[name=stand]:checked");
    data.stand = stand ? stand.value : "";
    form.querySelectorAll("input[type=radio][name^='q-']:checked").forEach(function (input) {
      data.answers[input.name.slice(2)] = parseInt(input.value, 10);
    });
    return data;
  }

  // Compared as the server stores them (trimmed, one kind of line break): a copy kept
  // while typing "Bonjour " is the draft the server saved as "Bonjour".
  function sameAnswer(a, b) {
    return R.cleanText(a.text || "") === R.cleanText(b.text || "") &&
      R.cleanText(a.picture_answer || "") === R.cleanText(b.picture_answer || "") &&
      a.stand === b.stand &&
      JSON.stringify(a.answers || {}) === JSON.stringify(b.answers || {});
  }

  function setStatus(message) {
    if (statusNode) statusNode.textContent = message;
  }

  // What the checklist last said, so that only a change of state is spoken (politely,
  // through one status line) and not every keystroke.
  var spokenStates = null;
  var spokenOver = null;

  function setText(node, text) {
    if (node && node.textContent !== text) node.textContent = text;
  }

  function showFeedback() {
    if (!textArea) return;
    if (config) showChecklist();
    var words = document.querySelector("[data-word-counter]");
    if (words) words.textContent = R.wordCount(textArea.value) + " " + d.msgWords;
  }

  function showChecklist() {
    var result = R.checkBio(textArea.value, config.rules, config.limit);
    var counter = document.querySelector("[data-counter]");
    if (counter) {
      setText(counter, result.length + " / " + result.limit + (result.too_long ? " — " + d.msgOver : ""));
      counter.classList.toggle("bio-counter--over", result.too_long);
    }
    textArea.setAttribute("aria-invalid", result.too_long ? "true" : "false");
    var preview = document.querySelector("[data-preview]");
    if (preview) preview.textContent = textArea.value;
    var states = [];
    var changes = [];
    result.checks.forEach(function (check, index) {
      var item = document.querySelector('[data-check="' + index + '"]');
      if (!item) return;
      item.classList.toggle("bio-check--passed", check.passed);
      item.classList.toggle("bio-check--skipped", !check.needed);
      setText(item.querySelector(".bio-check__mark"), check.passed ? "✓" : (check.needed ? "○" : "–"));
      var wanted = check.passed ? d.msgDone : (check.needed ? d.msgTodo : d.msgNeeded);
      setText(item.querySelector("[data-check-state]"), wanted);
      states.push(wanted);
      if (spokenStates && spokenStates[states.length - 1] !== wanted) {
        changes.push(d.msgChange.replace("{check}", check.label).replace("{state}", wanted));
      }
    });
    if (spokenOver !== null && spokenOver !== result.too_long) {
      changes.push(result.length + " / " + result.limit + " — " + (result.too_long ? d.msgOver : d.msgWithin));
    }
    spokenStates = states;
    spokenOver = result.too_long;
    if (changes.length) setText(document.querySelector("[data-checklist-status]"), changes.join(". "));
  }

  function keepLocally() {
    var store = storage();
    if (!store) return;
    var data = collect();
    data.savedAt = Date.now();
    try { store.setItem(storageKey, JSON.stringify(data)); } catch (error) { /* full: the server copy remains */ }
  }

  function forgetLocal() {
    var store = storage();
    if (store) store.removeItem(storageKey);
  }

  function csrfToken() {
    var input = form.querySelector("[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function showConflict(server) {
    paused = true;
    var box = document.querySelector("[data-conflict]");
    if (!box) {
      box = document.createElement("div");
      box.className = "exercise-conflict";
      box.setAttribute("data-conflict", "");
      box.setAttribute("role", "alert");
      var message = document.createElement("p");
      message.textContent = d.msgConflict;
      var other = document.createElement("textarea");
      other.readOnly = true;
      other.rows = 4;
      other.className = "exercise-conflict__text";
      other.setAttribute("aria-label", d.msgConflict);
      box.appendChild(message);
      box.appendChild(other);
      form.insertBefore(box, form.firstChild);
    }
    box.querySelector("textarea").value = server.text || "";
    // The server keeps both texts (a refused save is kept with the draft it met), and
    // the page offers them after a reload: nothing to keep in the browser for this.
  }

  function save() {
    timer = null;
    if (paused) return;
    if (inFlight) { pending = true; return; }
    var data = collect();
    inFlight = true;
    fetch(d.autosaveUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(data),
    })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (result) {
        if (result.status === 200) {
          versionInput.value = result.body.version;
          var now = collect();
          if (sameAnswer(now, data)) forgetLocal(); else keepLocally();
          setStatus(d.msgSaved);
        } else if (result.status === 409 && result.body.server) {
          versionInput.value = result.body.server.version;
          keepLocally();
          showConflict(result.body.server);
          setStatus(result.body.error);
        } else {
          setStatus(result.body.error || d.msgOffline);
        }
      })
      .catch(function () {
        setStatus(d.msgOffline);
      })
      .then(function () {
        inFlight = false;
        if (pending) { pending = false; schedule(500); }
      });
  }

  function schedule(delay) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delay);
  }

  function changed() {
    paused = false;
    showFeedback();
    keepLocally();
    schedule(2000);
  }

  function restore() {
    var store = storage();
    if (!store) return;
    var raw = store.getItem(storageKey);
    store.removeItem(storageKey + ":other"); // what older pages kept here, now kept by the server
    if (!raw) return;
    var local;
    try { local = JSON.parse(raw); } catch (error) { forgetLocal(); return; }
    var server = collect();
    if (sameAnswer(local, server)) { forgetLocal(); return; }
    if (textArea && typeof local.text === "string") textArea.value = local.text;
    var picture = form.querySelector("[name=picture_answer]");
    if (picture && typeof local.picture_answer === "string") picture.value = local.picture_answer;
    if (local.stand) {
      var stand = form.querySelector('[name=stand][value="' + CSS.escape(local.stand) + '"]');
      if (stand) stand.checked = true;
    }
    Object.keys(local.answers || {}).forEach(function (key) {
      var input = form.querySelector('[name="q-' + CSS.escape(key) + '"][value="' + CSS.escape(String(local.answers[key])) + '"]');
      if (input) input.checked = true;
    });
    if (restoredNode) {
      restoredNode.textContent = d.msgRestored;
      restoredNode.hidden = false;
    }
    if ((local.version || 0) !== server.version) {
      // The server's draft moved on since this copy (another tab): the save names the
      // version this copy came from, so the server refuses it and keeps both texts.
      showConflict({ text: server.text, version: server.version });
      versionInput.value = local.version || 0;
      paused = false;
    }
    schedule(300);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", function () { keepLocally(); schedule(0); });
  if (textArea) textArea.addEventListener("blur", function () { if (timer) schedule(0); });
  form.addEventListener("submit", function (event) {
    if (timer) clearTimeout(timer);
    // Restoring a kept text sends the one on screen, which the server keeps in its turn.
    if (event.submitter && event.submitter.name === "restore") {
      forgetLocal();
      window.removeEventListener("pagehide", keepLocally);
    }
  });
  window.addEventListener("online", function () { schedule(0); });
  window.addEventListener("pagehide", keepLocally);
  restore();
  showFeedback();
})();
