// The Local Offer's additions to Django admin (loaded by templates/admin/base_site.html).
// Each page works without it; it moves focus where a keyboard or screen reader user
// needs it, and says whether the navigation sidebar is open.
"use strict";
{
    // A form with errors: start at the error summary, as GOV.UK forms do.
    const summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
        // Django's change_form.js loads async and may focus the first field after this
        // script has run; the load event waits for it, so take focus back then.
        window.addEventListener("load", () => summary.focus(), { once: true });
        // A link to an id only scrolls; move focus to the field too, with its label in view.
        summary.addEventListener("click", (event) => {
            const link = event.target.closest("a[href^='#']");
            const field = link && document.getElementById(link.hash.slice(1));
            if (!field) {
                return;
            }
            event.preventDefault();
            const label = document.querySelector(`label[for='${CSS.escape(field.id)}']`);
            (field.closest(".form-row, .inline-related") || label || field).scrollIntoView();
            field.focus({ preventScroll: true });
        });
    }

    // "Add another ...": focus goes to the first field of the new row, not stays behind.
    document.addEventListener("formset:added", (event) => {
        const first = event.target.querySelector(
            "input:not([type='hidden']), select, textarea",
        );
        if (first) {
            first.focus();
        }
    });

    // The sidebar toggle says whether the sidebar is open (Django's script sets
    // aria-expanded on the sidebar itself, which is not where screen readers look).
    const toggle = document.getElementById("toggle-nav-sidebar");
    const main = document.getElementById("main");
    if (toggle && main) {
        const sync = () => {
            toggle.setAttribute("aria-expanded", String(main.classList.contains("shifted")));
        };
        new MutationObserver(sync).observe(main, { attributes: true, attributeFilter: ["class"] });
        sync();
    }
}
