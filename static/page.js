// What the pages' scripts share: counted words, the status and error lines, the add-label form.
// Load it after api.js and before the page's own script.
(function () {
  "use strict";

  // "1 sample", "2 samples", "1,200 samples".
  function plural(n, word) {
    return `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
  }

  // A page's status line and error line: a message in one clears the other. With
  // clearStatusAfterMs, a status clears itself once that time is up.
  function feedback(status, error, { clearStatusAfterMs = 0 } = {}) {
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
  function addLabelHandler({ input, error, url, added, run = (action) => action() }) {
    return (event) => {
      event.preventDefault();
      const name = input.value.trim();
      error.textContent = "";
      if (!name) {
        error.textContent = "Type an emoji or a short word.";
        input.focus();
        return;
      }
      return run(async () => {
        try {
          const label = await window.emojisiteApi.send("POST", url, { name });
          input.value = "";
          added(label);
        } catch (problem) {
          error.textContent = problem.message;
          input.focus();
        }
      });
    };
  }

  window.emojisitePage = { plural, feedback, addLabelHandler };
})();
