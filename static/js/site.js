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

// The certificate's print button.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
