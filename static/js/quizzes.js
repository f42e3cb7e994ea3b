// The quiz's check per question: each question gets a "Check this answer" button that
// posts that question alone and shows its feedback in place, announced in the live
// region. Checking the last question submits the attempt and shows the results.
// The page works without this file: the form holds every question and posts once.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) return;
  var form = document.querySelector("[data-quiz]");
  if (!form) return;
  var status = form.querySelector("[data-quiz-status]");
  var msg = form.dataset;

  function announce(text) {
    // Emptied first, so that the same words twice are announced twice.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function check(fieldset, button) {
    var data = new FormData(form);
    data.set("action", "check");
    data.set("question", fieldset.getAttribute("data-question"));
    button.disabled = true;
    announce(msg.msgChecking);
    // form.action would be the button named "action": the attribute is the address.
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-Requested-With": "fetch" },
    })
      .then(function (response) {
        return response.json().catch(function () { return { ok: false }; });
      })
      .then(function (answer) {
        button.disabled = false;
        if (!answer.ok) {
          announce(answer.error || msg.msgFailed);
          return;
        }
        var holder = document.createElement("div");
        holder.innerHTML = answer.html;
        var replacement = holder.querySelector("fieldset");
        fieldset.replaceWith(replacement);
        announce(answer.status);
        if (answer.finished && answer.url) {
          window.setTimeout(function () { window.location.assign(answer.url); }, 1200);
          return;
        }
        var result = replacement.querySelector("[data-question-result]");
        if (result) result.focus();
      })
      .catch(function () {
        button.disabled = false;
        announce(msg.msgFailed);
      });
  }

  // Choices not sent yet are kept in the browser for this attempt, so that a reload or
  // a closed tab finds them again; the server keeps what was checked or submitted.
  var keep = form.getAttribute("data-keep");
  var storage = null;
  try { storage = window.localStorage; } catch (error) { storage = null; }

  function openFields() {
    return Array.prototype.filter.call(form.elements, function (field) {
      return /^q-/.test(field.name) && !field.disabled;
    });
  }

  function save() {
    if (!keep || !storage) return;
    var chosen = {};
    openFields().forEach(function (field) {
      if (field.type === "radio" || field.type === "checkbox") {
        if (field.checked) chosen[field.id] = true;
      } else if (field.value) {
        chosen[field.id] = field.value;
      }
    });
    try { storage.setItem(keep, JSON.stringify(chosen)); } catch (error) { /* full: skip */ }
  }

  function restore() {
    if (!keep || !storage) return;
    var chosen;
    try { chosen = JSON.parse(storage.getItem(keep) || "{}"); } catch (error) { chosen = {}; }
    var restored = false;
    openFields().forEach(function (field) {
      if (!(field.id in chosen)) return;
      if (field.type === "radio" || field.type === "checkbox") {
        if (!field.checked) { field.checked = true; restored = true; }
      } else if (field.value !== chosen[field.id]) {
        field.value = chosen[field.id];
        restored = true;
      }
    });
    if (restored) announce(msg.msgRestored);
  }

  if (storage) {
    // Attempts already sent are forgotten: only this form's attempt is kept.
    for (var index = storage.length - 1; index >= 0; index--) {
      var name = storage.key(index);
      var prefix = keep ? keep.replace(/-\d+$/, "-") : null;
      if (name && prefix && name.indexOf(prefix) === 0 && name !== keep) storage.removeItem(name);
    }
  }
  restore();
  form.addEventListener("change", save);

  form.querySelectorAll("[data-quiz-check-area]").forEach(function (area) {
    area.hidden = false;
  });
  form.addEventListener("click", function (event) {
    var button = event.target.closest("[data-quiz-check]");
    if (!button) return;
    event.preventDefault();
    check(button.closest("[data-question]"), button);
  });
})();
