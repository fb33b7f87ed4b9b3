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

// "Use my location": only shown when the browser can tell where it is. The
// coordinates are rounded to two decimal places (about a kilometre) and sent in
// the query string instead of a postcode; nothing is stored. Without JavaScript,
// or if the person says no, the postcode field does the same job.
const locate = document.querySelector('[data-module="app-use-location"]');
if (locate && "geolocation" in navigator) {
  const form = locate.closest("form");
  const status = form.querySelector(".app-use-location__status");
  locate.hidden = false;
  locate.addEventListener("click", () => {
    status.hidden = false;
    status.textContent = "Finding your location…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const near = `${position.coords.latitude.toFixed(2)},${position.coords.longitude.toFixed(2)}`;
        let field = form.querySelector('input[name="near"]');
        if (!field) {
          field = document.createElement("input");
          field.type = "hidden";
          field.name = "near";
          form.append(field);
        }
        field.value = near;
        const postcode = form.querySelector('input[name="postcode"]');
        if (postcode) postcode.value = "";
        status.textContent = "Showing the nearest services first…";
        form.requestSubmit();
      },
      () => {
        status.textContent =
          "We could not find your location. Enter your postcode instead.";
        const postcode = form.querySelector('input[name="postcode"]');
        if (postcode) postcode.focus();
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  });
}
