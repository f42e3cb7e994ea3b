// Discussions: post, reply, edit, delete, report, follow and "more comments" without
// reloading the page. Progressive enhancement only: every form and link works without it.
(function () {
  "use strict";
  if (window.gazouillisDiscussions || !window.fetch || !window.FormData) return;
  window.gazouillisDiscussions = true;

  function statusOf(node) {
    var section = node.closest("[data-discussion]");
    return section && section.querySelector("[data-discussion-status]");
  }

  function announce(node, message) {
    var status = statusOf(node);
    if (!status) return;
    status.textContent = "";
    // A fresh text node makes screen readers announce the same message twice in a row.
    window.setTimeout(function () { status.textContent = message || ""; }, 50);
  }

  function fromHTML(html) {
    var template = document.createElement("template");
    template.innerHTML = (html || "").trim();
    return template.content;
  }

  // A refusal is said once, beside the field, in the form's own alert (role="alert"):
  // never in the thread's status line, which is for what went well.
  function showError(form, message) {
    var error = form.querySelector("[data-form-error]");
    var text = form.querySelector("textarea[name=body]");
    if (text) text.setAttribute("aria-invalid", message ? "true" : "false");
    if (!error) return;
    error.textContent = "";
    // Emptied first, so that the same refusal twice in a row is announced twice.
    if (message) window.setTimeout(function () { error.textContent = message; }, 50);
  }

  function insertComment(form, data) {
    var section = form.closest("[data-discussion]");
    var fresh = fromHTML(data.html).firstElementChild;
    if (!section || !fresh) return null;
    var parentItem = data.parent_id && section.querySelector('[data-comment="' + data.parent_id + '"]');
    var list;
    if (parentItem) {
      list = parentItem.querySelector(":scope > .comment__replies");
      if (!list) {
        list = document.createElement("ol");
        list.className = "comment__replies";
        parentItem.appendChild(list);
      }
    } else {
      list = section.querySelector("[data-discussion-list]");
      var empty = section.querySelector("[data-discussion-empty]");
      if (empty) empty.remove();
    }
    list.appendChild(fresh);
    return fresh;
  }

  function replaceComment(id, html) {
    var item = document.getElementById("comment-" + id);
    var fresh = fromHTML(html).firstElementChild;
    if (!item || !fresh) return null;
    // Keep the replies already on the page: the fresh HTML has none.
    var replies = item.querySelector(":scope > .comment__replies");
    if (replies) fresh.appendChild(replies);
    item.replaceWith(fresh);
    return fresh;
  }

  function handle(form, data) {
    var intent = form.getAttribute("data-discussion-form");
    var focusTarget = null;
    var section = form.closest("[data-discussion]");
    var title = section && section.querySelector(".discussion__title");
    if (title && data.count_label) title.textContent = data.count_label;
    if (intent === "post" || intent === "reply") {
      if (data.html) focusTarget = insertComment(form, data);
      form.reset();
      var details = form.closest("details");
      if (details) details.open = false;
    } else if (intent === "edit") {
      focusTarget = replaceComment(data.id, data.html);
    } else if (intent === "delete") {
      if (data.placeholder) {
        focusTarget = replaceComment(data.id, data.html);
      } else {
        var item = document.getElementById("comment-" + data.id);
        var section = item && item.closest("[data-discussion]");
        if (item) item.remove();
        focusTarget = section && section.querySelector("h2");
      }
    } else if (intent === "report") {
      var box = form.closest("details");
      if (box) box.open = false;
    } else if (intent === "follow") {
      var value = form.querySelector("[data-follow-value]");
      var button = form.querySelector("button");
      value.value = data.following ? "0" : "1";
      button.textContent = data.following ? button.dataset.labelUnfollow : button.dataset.labelFollow;
    }
    if (focusTarget) {
      if (!focusTarget.hasAttribute("tabindex")) focusTarget.setAttribute("tabindex", "-1");
      focusTarget.focus();
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-discussion-form]");
    if (!form) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json", "X-Requested-With": "fetch" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (result.ok && result.data.ok) {
          showError(form, "");
          announce(form, result.data.message);
          handle(form, result.data);
        } else {
          // Refused: the text stays in the form, the reason is shown beside it.
          announce(form, "");
          showError(form, result.data.message);
        }
      })
      .catch(function () {
        // Network or server trouble: fall back to an ordinary submission.
        form.submit();
      })
      .finally(function () {
        if (button) button.disabled = false;
      });
  });

  // Each comment's "Reply" and "Report" hold only a link until opened; the thread's one
  // copy of each form is then cloned in, with the comment's ids and address.
  var SLOT_ATTRIBUTES = ["id", "for", "aria-describedby", "data-parent"];

  function fillSlot(details) {
    if (details.hasAttribute("data-filled")) return;
    var section = details.closest("[data-discussion]") || document;
    var template = section.querySelector(
      'template[data-form-template="' + details.getAttribute("data-form-slot") + '"]'
    );
    if (!template) return;
    var id = details.getAttribute("data-id");
    var fragment = template.content.cloneNode(true);
    fragment.querySelectorAll("[id], [for], [aria-describedby], [data-parent]").forEach(function (node) {
      SLOT_ATTRIBUTES.forEach(function (name) {
        var value = node.getAttribute(name);
        if (value) node.setAttribute(name, value.split("__ID__").join(id));
      });
    });
    var form = fragment.querySelector("form");
    form.setAttribute("action", details.getAttribute("data-action"));
    var label = form.querySelector(".comment-form__label");
    var heading = details.getAttribute("data-heading");
    if (label && heading) label.textContent = heading;
    var fallback = details.querySelector(".comment__form-link");
    if (fallback) fallback.remove();
    details.appendChild(fragment);
    details.setAttribute("data-filled", "");
  }

  document.addEventListener("click", function (event) {
    var summary = event.target.closest("details[data-form-slot] > summary");
    if (summary) fillSlot(summary.parentElement);
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-discussion-more]");
    if (!link) return;
    event.preventDefault();
    var wrap = link.closest("[data-discussion-more-wrap]");
    var section = link.closest("[data-discussion]");
    link.setAttribute("aria-busy", "true");
    fetch(link.getAttribute("data-discussion-more"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var fragment = fromHTML(html);
        var items = fragment.querySelector("[data-discussion-fragment]");
        var list = section.querySelector("[data-discussion-list]");
        var first = items && items.firstElementChild;
        if (items) {
          while (items.firstElementChild) list.appendChild(items.firstElementChild);
        }
        var nextWrap = fragment.querySelector("[data-discussion-more-wrap]");
        if (nextWrap) wrap.replaceWith(nextWrap); else wrap.remove();
        if (first) {
          first.setAttribute("tabindex", "-1");
          first.focus();
        }
      })
      .catch(function () { window.location.href = link.href; });
  });
})();
