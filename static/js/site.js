// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // On small screens the course outline starts folded so that the lesson comes first.
  var outline = document.querySelector(".outline__details");
  if (outline && window.matchMedia("(max-width: 59.99em)").matches) {
    outline.removeAttribute("open");
  }
  // On wide screens the sticky outline scrolls on its own: show the current step in it.
  var box = document.querySelector(".course-frame__outline .outline");
  var current = box && box.querySelector("[aria-current='page']");
  if (current && box.scrollHeight > box.clientHeight) {
    box.scrollTop = current.offsetTop - box.clientHeight / 3;
  }
})();

// Mark a step done or not without reloading; the form still works without JavaScript.
(function () {
  "use strict";
  var form = document.querySelector("form[data-step-done]");
  if (!form || !window.fetch) return;
  var button = form.querySelector("button");
  var doneInput = form.querySelector("input[name=done]");
  var status = form.querySelector("[data-step-status]");

  function refreshProgress(stepId, done) {
    var item = document.querySelector('.outline [data-step="' + stepId + '"]');
    if (item) {
      item.classList.toggle("outline__step--done", done);
      var check = item.querySelector("[data-check]");
      if (check) check.innerHTML = done ? '<span aria-hidden="true">✓</span><span class="visually-hidden">' + (form.dataset.doneWord || "") + "</span>" : "";
    }
    var total = document.querySelectorAll(".outline [data-step]").length;
    var count = document.querySelectorAll(".outline .outline__step--done").length;
    document.querySelectorAll(".outline [data-progress-bar]").forEach(function (bar) { bar.value = count; bar.max = total; });
    document.querySelectorAll(".outline [data-progress-text]").forEach(function (text) {
      text.textContent = text.textContent.replace(/\d+(\D+)\d+/, count + "$1" + total);
    });
    var module = item && item.closest(".outline__module");
    if (module) {
      var label = module.querySelector("[data-module-progress]");
      if (label) {
        var steps = module.querySelectorAll("[data-step]").length;
        var moduleDone = module.querySelectorAll(".outline__step--done").length;
        label.textContent = moduleDone + "/" + steps;
      }
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        doneInput.value = data.done ? "0" : "1";
        button.textContent = data.done ? button.dataset.labelDone : button.dataset.labelTodo;
        button.classList.toggle("button--primary", !data.done);
        status.textContent = data.done ? button.dataset.statusDone : "";
        refreshProgress(data.page, data.done);
      })
      .catch(function () { form.submit(); })
      .finally(function () { button.disabled = false; });
  });
})();

// The certificate's print button.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
