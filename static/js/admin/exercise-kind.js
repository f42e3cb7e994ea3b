// The exercise editor shows the panels of the chosen kind only (bio, one account or
// two, reflection), on create and on edit, and follows a change of kind at once.
// Panels say their kind with data-exercise-kind (exercises/models/pages.py).
(() => {
  const show = (select) => {
    document.querySelectorAll("[data-exercise-kind]").forEach((panel) => {
      const chosen = panel.dataset.exerciseKind === select.value;
      panel.hidden = !chosen;
      panel.style.display = chosen ? "" : "none";
    });
  };
  const start = () => {
    const select = document.querySelector('select[name="kind"]');
    if (!select || !document.querySelector("[data-exercise-kind]")) return;
    select.addEventListener("change", () => show(select));
    show(select);
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
