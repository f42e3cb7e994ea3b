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
