// "Drawings that may teach it the wrong thing" (model page and gallery): one click moves a
// drawing to the label the model takes it for, or deletes it.
import { send } from "../api.js";
import { gettext, interpolate } from "../i18n.js";

const section = document.querySelector(".suspects");

if (section) {
  const status = section.querySelector(".suspects__status");

  async function act(button) {
    const row = button.closest(".suspect");
    const url = `${section.dataset.samplesUrl}${row.dataset.sampleId}/`;
    const moving = button.dataset.suspectAction === "move";
    button.disabled = true;
    try {
      if (moving) await send("PATCH", url, { label: button.dataset.label });
      else await send("DELETE", url);
    } catch (error) {
      button.disabled = false;
      status.textContent = error.message;
      return;
    }
    // Keep focus in the list: on the next drawing's first button, or on the heading.
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    status.textContent = moving
      ? interpolate(gettext("Moved the drawing to %(label)s; the model retrains on it."), {
          label: button.dataset.label,
        })
      : gettext("Deleted the drawing; the model retrains without it.");
    const focus = next ? next.querySelector("button") : section.querySelector("h2");
    if (!next) focus.setAttribute("tabindex", "-1");
    focus.focus();
  }

  section.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-suspect-action]");
    if (button) act(button);
  });
}
