// The practice timeline: a live counter as X counts, and new posts without reloading.
// The counting below mirrors practice/counting.py (read its docstring for the rule):
// tests/practice/counting_cases.json is run against both (node runs this file).
// The page works without this file: the forms post and a reload shows new posts.
(function (root, factory) {
  "use strict";
  var counting = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = counting;
  } else {
    root.GazouillisPracticeCounting = counting;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var MAX = 280;
  var URL_WEIGHT = 23;
  var LIGHT_RANGES = [[0x0000, 0x10ff], [0x2000, 0x200d], [0x2010, 0x201f], [0x2032, 0x2037]];
  var BARE_DOMAIN_ENDINGS = ["fr", "com", "org", "net", "eu", "be", "ch", "ca", "io", "info", "edu"];
  var SPACES = " \\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
  var TRIM_RE = new RegExp("^[" + SPACES + "]+|[" + SPACES + "]+$", "g");
  var WORD = "\\p{L}\\p{N}_";
  var URL_END = "[^" + SPACES + ".,;:!?)»\"']";
  var URL =
    "(?:https?://|www\\.)[^" + SPACES + "]*" + URL_END +
    "|(?<![" + WORD + "@.#-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:" + BARE_DOMAIN_ENDINGS.join("|") + ")" +
    "(?![" + WORD + ".-]*[" + WORD + "])(?:/(?:[^" + SPACES + "]*" + URL_END + ")?)?";
  var PICTO =
    "\\u203c\\u2049\\u2122\\u2139\\u2194-\\u2199\\u21a9\\u21aa\\u231a\\u231b\\u2328" +
    "\\u23cf\\u23e9-\\u23f3\\u23f8-\\u23fa\\u24c2\\u25aa\\u25ab\\u25b6\\u25c0\\u25fb-\\u25fe" +
    "\\u2600-\\u27bf\\u2934\\u2935\\u2b05-\\u2b07\\u2b1b\\u2b1c\\u2b50\\u2b55\\u3030\\u303d\\u3297\\u3299" +
    "\\u{1f000}-\\u{1f1e5}\\u{1f200}-\\u{1faff}";
  var MODIFIERS = "(?:\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}]|[\\u{e0020}-\\u{e007f}])*";
  var EMOJI =
    "[\\u{1f1e6}-\\u{1f1ff}]{2}" +
    "|[\\u00a9\\u00ae]\\ufe0f" +
    "|[0-9#*]\\ufe0f?\\u20e3" +
    "|[" + PICTO + "]" + MODIFIERS + "(?:\\u200d[" + PICTO + "]" + MODIFIERS + ")*";
  var TOKEN_SOURCE = "(" + URL + ")|(" + EMOJI + ")|(.)";

  function cleanText(text) {
    text = String(text || "").normalize("NFC");
    text = text.replace(/\r\n/g, "\n").replace(/\r/g, "\n").replace(/\u0000/g, "");
    return text.replace(TRIM_RE, "");
  }

  function charWeight(char) {
    var code = char.codePointAt(0);
    for (var i = 0; i < LIGHT_RANGES.length; i++) {
      if (code >= LIGHT_RANGES[i][0] && code <= LIGHT_RANGES[i][1]) return 1;
    }
    return 2;
  }

  function weightedLength(text) {
    var total = 0;
    var tokens = new RegExp(TOKEN_SOURCE, "gisu");
    var match;
    var cleaned = cleanText(text);
    while ((match = tokens.exec(cleaned)) !== null) {
      if (match[1] !== undefined) total += URL_WEIGHT;
      else if (match[2] !== undefined) total += 2;
      else total += charWeight(match[3]);
    }
    return total;
  }

  return { MAX: MAX, cleanText: cleanText, weightedLength: weightedLength };
});

// The page: counters, thread boxes, likes in place, and polling for new posts.
(function () {
  "use strict";
  if (typeof document === "undefined") return;
  var counting = self.GazouillisPracticeCounting;
  var POLL_MS = 5000;

  function setText(node, text) {
    if (node && node.textContent !== text) node.textContent = text;
  }

  function initCounter(box, form) {
    var area = box.querySelector("[data-compose-text]");
    var counter = box.querySelector("[data-counter]");
    if (!area || !counter) return;
    var max = Number(form.dataset.max) || counting.MAX;
    function update() {
      var length = counting.weightedLength(area.value);
      var over = length > max;
      setText(counter, length + " / " + max + (over ? " — " + form.dataset.msgOver : ""));
      counter.classList.toggle("bio-counter--over", over);
      area.setAttribute("aria-invalid", over ? "true" : "false");
    }
    area.addEventListener("input", update);
    update();
  }

  function initCompose() {
    var form = document.querySelector("form[data-compose]");
    if (!form) return;
    var boxes = form.querySelector("[data-compose-boxes]");
    Array.prototype.forEach.call(form.querySelectorAll("[data-compose-box]"), function (box) {
      initCounter(box, form);
    });
    var more = form.querySelector("[data-compose-more]");
    if (!more || !boxes) return;
    more.addEventListener("click", function (event) {
      // Without this script the server adds the box (action "more"); here it is added in place.
      event.preventDefault();
      var all = boxes.querySelectorAll("[data-compose-box]");
      var limit = Number(form.dataset.maxThread) || 10;
      if (all.length >= limit) return;
      var copy = all[all.length - 1].cloneNode(true);
      var number = all.length + 1;
      var area = copy.querySelector("[data-compose-text]");
      var counter = copy.querySelector("[data-counter]");
      var label = copy.querySelector("label");
      area.id = "compose-body-" + number;
      area.value = "";
      counter.id = "compose-counter-" + number;
      area.setAttribute("aria-describedby", "compose-help " + counter.id);
      label.setAttribute("for", area.id);
      setText(label, form.dataset.msgPost.replace("{number}", number));
      if (all.length === 1) {
        var firstLabel = all[0].querySelector("label");
        setText(firstLabel, form.dataset.msgPost.replace("{number}", 1));
      }
      boxes.appendChild(copy);
      initCounter(copy, form);
      if (number >= limit) more.hidden = true;
      area.focus();
    });
  }

  function initLikes(root) {
    Array.prototype.forEach.call(root.querySelectorAll("form[data-like-form]"), function (form) {
      if (form.dataset.ready) return;
      form.dataset.ready = "1";
      form.addEventListener("submit", function (event) {
        if (!window.fetch) return;
        event.preventDefault();
        var action = form.querySelector("[data-like-action]");
        var button = form.querySelector("button");
        // form.action would be the input named "action": read the attribute.
        fetch(form.getAttribute("action"), {
          method: "POST",
          body: new FormData(form),
          credentials: "same-origin",
          headers: { Accept: "application/json" },
        })
          .then(function (response) {
            if (!response.ok) throw new Error(String(response.status));
            return response.json();
          })
          .then(function (data) {
            action.value = data.liked ? "unlike" : "like";
            button.setAttribute("aria-pressed", data.liked ? "true" : "false");
            setText(form.querySelector("[data-like-mark]"), data.liked ? "♥" : "♡");
            setText(form.querySelector("[data-like-count]"), String(data.likes));
          })
          .catch(function () {
            form.submit();
          });
      });
    });
  }

  function initPolling() {
    var list = document.querySelector("[data-timeline][data-updates-url]");
    if (!list || !window.fetch) return;
    var timer = null;
    var busy = false;

    function poll() {
      if (busy || document.visibilityState !== "visible") return;
      busy = true;
      var url = list.dataset.updatesUrl + "?after=" + encodeURIComponent(list.dataset.after || "0");
      var headers = { Accept: "text/html" };
      // The signed poll token lets the server answer "nothing new" without the session;
      // every answer that checked access fully brings a fresh one (practice/poll.py).
      if (list.dataset.pollToken) headers["X-Practice-Poll"] = list.dataset.pollToken;
      fetch(url, { credentials: "same-origin", headers: headers })
        .then(function (response) {
          var token = response.headers.get("X-Practice-Poll");
          if (token) list.dataset.pollToken = token;
          if (response.status !== 200) return null;
          var last = response.headers.get("X-Practice-Last");
          return response.text().then(function (html) {
            return { html: html, last: last };
          });
        })
        .then(function (result) {
          if (!result || !result.html.trim()) {
            if (result && result.last) list.dataset.after = result.last;
            return;
          }
          var template = document.createElement("template");
          template.innerHTML = result.html;
          var fresh = Array.prototype.filter.call(template.content.children, function (item) {
            return !document.getElementById(item.id);
          });
          // Newest first, as the page shows them.
          for (var i = fresh.length - 1; i >= 0; i--) list.insertBefore(fresh[i], list.firstChild);
          initLikes(list);
          var empty = document.querySelector(".practice-timeline__empty");
          if (empty && fresh.length) empty.hidden = true;
          if (result.last) list.dataset.after = result.last;
        })
        .catch(function () {})
        .then(function () {
          busy = false;
        });
    }

    function start() {
      if (timer === null) timer = window.setInterval(poll, POLL_MS);
    }
    function stop() {
      if (timer !== null) window.clearInterval(timer);
      timer = null;
    }
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") {
        poll();
        start();
      } else {
        stop();
      }
    });
    if (document.visibilityState === "visible") start();
  }

  function init() {
    initCompose();
    initLikes(document);
    initPolling();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
