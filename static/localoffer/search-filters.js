// Progressive enhancement for the search page's filters: ticking or unticking a
// filter applies it at once. Without JavaScript the "Apply filters" button does
// the same. After the page reloads, focus moves to the results count, so screen
// readers announce how many services were found.
const panel = document.querySelector('[data-module="app-auto-apply"]');
const KEY = "localoffer-filters-applied";

if (panel) {
  const form = panel.closest("form");
  panel.addEventListener("change", (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.type === "checkbox") {
      sessionStorage.setItem(KEY, "1");
      form.requestSubmit();
    }
  });
  if (sessionStorage.getItem(KEY)) {
    sessionStorage.removeItem(KEY);
    const heading = document.getElementById("results-heading");
    if (heading) heading.focus();
  }
}
