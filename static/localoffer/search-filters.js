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

// "Use my location": added only when the browser can tell where it is. The
// coordinates are rounded to two decimal places (about a kilometre) and sent in
// the query string instead of a postcode; nothing is stored. Without JavaScript,
// or if the person says no, the postcode field does the same job.
const locate = document.querySelector('[data-module="app-use-location"]');
if (locate && "geolocation" in navigator) {
  const form = locate.closest("form");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "govuk-button govuk-button--secondary govuk-!-margin-bottom-2";
  button.textContent = "Use my location instead of a postcode";
  const status = document.createElement("p");
  status.className = "govuk-body-s";
  status.setAttribute("role", "status");
  locate.append(button, status);
  button.addEventListener("click", () => {
    status.textContent = "Finding your location…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude } = position.coords;
        let field = form.querySelector('input[name="near"]');
        if (!field) {
          field = document.createElement("input");
          field.type = "hidden";
          field.name = "near";
          form.append(field);
        }
        field.value = `${latitude.toFixed(2)},${longitude.toFixed(2)}`;
        const postcode = form.querySelector('input[name="postcode"]');
        if (postcode) postcode.value = "";
        status.textContent = "Showing the nearest services first…";
        form.requestSubmit();
      },
      () => {
        status.textContent = "We could not find your location. Enter your postcode instead.";
        const postcode = form.querySelector('input[name="postcode"]');
        if (postcode) postcode.focus();
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  });
}
