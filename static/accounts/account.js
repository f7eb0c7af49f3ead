// The account page: copy a newly issued API token with one press (keyboard, mouse or touch).
import { gettext } from "../i18n.js";

const button = document.getElementById("copy-token");

if (button) {
  const field = document.getElementById(button.dataset.copies);
  const status = document.getElementById("copy-status");

  field.addEventListener("focus", () => field.select());

  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = gettext("Copied to the clipboard.");
    } catch {
      status.textContent = gettext(
        "Couldn't copy here: the token is selected, press Ctrl+C (⌘C on a Mac).",
      );
    }
  });
}
