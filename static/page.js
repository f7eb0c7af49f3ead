// What the pages' scripts share: the status and error lines, the add-label form.
import { send } from "./api.js";
import { gettext } from "./i18n.js";

// A page's status line and error line: a message in one clears the other. With
// clearStatusAfterMs, a status clears itself once that time is up.
export function feedback(status, error, { clearStatusAfterMs = 0 } = {}) {
  let timer = 0;
  return {
    showStatus(message) {
      error.textContent = "";
      status.textContent = message;
      clearTimeout(timer);
      if (!clearStatusAfterMs) return;
      timer = setTimeout(() => (status.textContent = ""), clearStatusAfterMs);
    },
    showError(message) {
      status.textContent = "";
      error.textContent = message;
    },
    clearError() {
      error.textContent = "";
    },
  };
}

// The add-label form's submit handler: an empty name, or the API's refusal, is shown beside
// the field, which keeps the focus; the new label goes to added(label). `run` wraps the
// request (the drawing page runs one write at a time).
export function addLabelHandler({ input, error, url, added, run = (action) => action() }) {
  return (event) => {
    event.preventDefault();
    const name = input.value.trim();
    error.textContent = "";
    if (!name) {
      error.textContent = gettext("Type an emoji or a short word.");
      input.focus();
      return;
    }
    return run(async () => {
      try {
        const label = await send("POST", url, { name });
        input.value = "";
        added(label);
      } catch (problem) {
        error.textContent = problem.message;
        input.focus();
      }
    });
  };
}
