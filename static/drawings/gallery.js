// Gallery page: delete (with undo), move and relabel samples; add, remove and reorder labels;
// import a samples.txt. The page is rendered by the server; this script talks to the API.
import { send } from "../api.js";
import { counted, gettext, interpolate, ngettext, pgettext } from "../i18n.js";
import { addLabelHandler, feedback } from "../page.js";

// A deleted drawing is only hidden for this long; the DELETE is sent when the time is up,
// when another drawing is deleted, or when the page is left (with keepalive).
const UNDO_MS = 6000;
const STATUS_KEY = "gallery-status"; // a message carried over a reload

const initial = JSON.parse(document.getElementById("initial-state").textContent);
const urls = initial.urls;

const el = {
  status: document.getElementById("gallery-status"),
  error: document.getElementById("gallery-error"),
  total: document.getElementById("total"),
  testTotal: document.getElementById("test-total"),
  labelList: document.getElementById("label-list"),
  addLabel: document.getElementById("add-label"),
  newLabel: document.getElementById("new-label"),
  addLabelError: document.getElementById("add-label-error"),
  importForm: document.getElementById("import-form"),
  importFile: document.getElementById("import-file"),
  importResult: document.getElementById("import-result"),
  undoBar: document.getElementById("undo-bar"),
  undoText: document.getElementById("undo-text"),
  undo: document.getElementById("undo"),
};

// ---------------------------------------------------------------- feedback

const { showStatus, showError } = feedback(el.status, el.error);

function reloadSaying(message) {
  sessionStorage.setItem(STATUS_KEY, message);
  window.location.reload();
}

// Every count on the page ("data-count-of" = label id, "data-test-count-of" for its test
// drawings) from the API's {name: count} of training and of test drawings.
function updateCounts(samples, testSamples) {
  let total = 0;
  let testTotal = 0;
  const show = (attribute, id, count) =>
    document.querySelectorAll(`[${attribute}="${id}"]`).forEach((node) => {
      node.textContent = String(count);
    });
  initial.labels.forEach((label) => {
    const count = samples[label.name] || 0;
    const testCount = testSamples[label.name] || 0;
    total += count + testCount;
    testTotal += testCount;
    show("data-count-of", label.id, count);
    show("data-test-count-of", label.id, testCount);
  });
  el.total.textContent = String(total);
  el.testTotal.textContent = String(testTotal);
}

function countsOf(labels) {
  return [
    Object.fromEntries(labels.map((l) => [l.name, l.count])),
    Object.fromEntries(labels.map((l) => [l.name, l.test_count])),
  ];
}

// ---------------------------------------------------------------- delete with undo

let pending = null; // { card, timer } of the drawing that can still be brought back

function deleteSample(card) {
  commitDelete();
  card.hidden = true;
  pending = { card, timer: setTimeout(commitDelete, UNDO_MS) };
  el.undoText.textContent = gettext("Drawing deleted.");
  el.undoBar.hidden = false;
  el.undo.focus();
}

function undoDelete() {
  if (!pending) return;
  const { card, timer } = pending;
  clearTimeout(timer);
  pending = null;
  el.undoBar.hidden = true;
  card.hidden = false;
  card.querySelector('[data-action="delete"]').focus();
  showStatus(gettext("Kept the drawing."));
}

function commitDelete(options) {
  if (!pending) return;
  const { card, timer } = pending;
  clearTimeout(timer);
  pending = null;
  el.undoBar.hidden = true;
  send("DELETE", `${urls.samples}${card.dataset.sampleId}/`, undefined, options)
    .then(() => {
      card.remove();
      return send("GET", urls.labels);
    })
    .then((labels) => updateCounts(...countsOf(labels)))
    .catch((error) => {
      card.hidden = false;
      showError(
        interpolate(gettext("The drawing was not deleted: %(why)s"), { why: error.message }),
      );
    });
}

// ---------------------------------------------------------------- move, delete a label's samples

async function moveSample(card, select) {
  const name = select.value;
  try {
    const result = await send("PATCH", `${urls.samples}${card.dataset.sampleId}/`, { label: name });
    updateCounts(result.samples, result.test_samples);
    card.remove();
    showStatus(interpolate(gettext("Moved the drawing to %(label)s."), { label: name }));
  } catch (error) {
    select.value = select.querySelector("option[selected]").value;
    showError(error.message);
  }
}

// Training drawing ↔ test drawing; on a page of only one kind, the card leaves it.
async function switchSplit(card, button) {
  const split = card.dataset.split === "test" ? "train" : "test";
  const name = card.querySelector(".sample__move").value;
  try {
    const result = await send("PATCH", `${urls.samples}${card.dataset.sampleId}/`, { split });
    updateCounts(result.samples, result.test_samples);
    const shown = new URLSearchParams(window.location.search).get("split");
    if (shown && shown !== split) card.remove();
    else showSplit(card, button, split, name);
    showStatus(
      interpolate(
        split === "test"
          ? gettext("Kept the %(label)s drawing for testing: the model won't learn from it.")
          : gettext("The model now learns from the %(label)s drawing."),
        { label: name },
      ),
    );
  } catch (error) {
    showError(error.message);
  }
}

function showSplit(card, button, split, name) {
  const test = split === "test";
  card.dataset.split = split;
  card.classList.toggle("sample--test", test);
  card.querySelector("[data-split-badge]").textContent = test
    ? pgettext("drawings kept for testing", "test")
    : "";
  button.textContent = test ? "🎓" : "🧪";
  button.title = test ? gettext("Train on it") : gettext("Keep for testing");
  button.setAttribute(
    "aria-label",
    interpolate(
      test ? gettext("Train on this %(label)s drawing") : gettext("Keep this %(label)s drawing for testing"),
      { label: name },
    ),
  );
}

async function deleteLabelSamples(button) {
  const name = button.dataset.labelName;
  const count = Number(
    document.querySelector(`[data-count-of="${button.dataset.labelId}"]`).textContent,
  );
  const question = ngettext(
    "Delete all %(count)s %(label)s drawing? This can't be undone.",
    "Delete all %(count)s %(label)s drawings? This can't be undone.",
    count,
  );
  if (!window.confirm(counted(count, question, { label: name }))) return;
  try {
    const result = await send("POST", urls.delete, { label: name });
    const done = ngettext(
      "Deleted %(count)s drawing of %(label)s.",
      "Deleted %(count)s drawings of %(label)s.",
      result.deleted,
    );
    reloadSaying(counted(result.deleted, done, { label: name }));
  } catch (error) {
    showError(error.message);
  }
}

// ---------------------------------------------------------------- labels

const addLabel = addLabelHandler({
  input: el.newLabel,
  error: el.addLabelError,
  url: urls.labels,
  added: (label) =>
    reloadSaying(interpolate(gettext("Added label %(label)s."), { label: label.name })),
});

async function removeLabel(row) {
  const name = row.dataset.labelName;
  const count = Number(row.querySelector(".count").textContent);
  const question = ngettext(
    "Remove %(label)s and its %(count)s drawing?",
    "Remove %(label)s and its %(count)s drawings?",
    count,
  );
  if (!window.confirm(counted(count, question, { label: name }))) return;
  try {
    await send("DELETE", `${urls.labels}${row.dataset.labelId}/`);
    sessionStorage.setItem(
      STATUS_KEY,
      interpolate(gettext("Removed label %(label)s."), { label: name }),
    );
    // The page may be showing only that label.
    window.location.assign(window.location.pathname);
  } catch (error) {
    showError(error.message);
  }
}

async function moveLabel(row, direction) {
  const sibling = direction === "up" ? row.previousElementSibling : row.nextElementSibling;
  if (!sibling) return;
  const rows = () => Array.from(el.labelList.children);
  const before = rows();
  if (direction === "up") el.labelList.insertBefore(row, sibling);
  else el.labelList.insertBefore(sibling, row);
  row.querySelector(`[data-action="${direction}"]`).focus();
  try {
    await send("POST", urls.order, { labels: rows().map((r) => Number(r.dataset.labelId)) });
    const moved =
      direction === "up" ? gettext("Moved %(label)s up.") : gettext("Moved %(label)s down.");
    showStatus(interpolate(moved, { label: row.dataset.labelName }));
  } catch (error) {
    el.labelList.replaceChildren(...before);
    showError(error.message);
  }
}

// ---------------------------------------------------------------- import

function showImportErrors(body, message) {
  const summary = document.createElement("p");
  summary.className = "gallery-feedback gallery-feedback--error";
  summary.textContent = message;
  const parts = [summary];
  if (body && Array.isArray(body.lines) && body.lines.length) {
    const list = document.createElement("ol");
    list.className = "bad-lines";
    body.lines.forEach(({ line, error }) => {
      const item = document.createElement("li");
      item.textContent = interpolate(gettext("Line %(line)s: %(error)s"), { line, error });
      list.append(item);
    });
    parts.push(list);
    if (body.bad_lines > body.lines.length) {
      const more = document.createElement("p");
      more.className = "muted";
      const others = body.bad_lines - body.lines.length;
      more.textContent = counted(
        others,
        ngettext("… and %(count)s more bad line.", "… and %(count)s more bad lines.", others),
      );
      parts.push(more);
    }
  }
  el.importResult.replaceChildren(...parts);
}

async function importFile(event) {
  event.preventDefault();
  if (!el.importFile.files.length) {
    showImportErrors(null, gettext("Choose a samples.txt first."));
    return;
  }
  const button = el.importForm.querySelector("button[type=submit]");
  button.disabled = true;
  el.importResult.textContent = gettext("Importing…");
  try {
    const result = await send("POST", urls.import, new FormData(el.importForm));
    const labels = Object.entries(result.labels)
      .map(([name, count]) => `${name} ${count}`)
      .join(", ");
    const imported = ngettext(
      "Imported %(count)s drawing (%(labels)s).",
      "Imported %(count)s drawings (%(labels)s).",
      result.imported,
    );
    reloadSaying(counted(result.imported, imported, { labels }));
  } catch (error) {
    showImportErrors(error.body, error.message);
    button.disabled = false;
  }
}

// ---------------------------------------------------------------- start

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-action]");
  if (!button) return;
  const action = button.dataset.action;
  if (action === "delete") deleteSample(button.closest(".sample"));
  else if (action === "split") switchSplit(button.closest(".sample"), button);
  else if (action === "delete-label") deleteLabelSamples(button);
  else if (action === "remove") removeLabel(button.closest(".label-row"));
  else if (action === "up" || action === "down") moveLabel(button.closest(".label-row"), action);
});
document.addEventListener("change", (event) => {
  if (event.target.dataset.action === "move") moveSample(event.target.closest(".sample"), event.target);
});
el.undo.addEventListener("click", undoDelete);
el.addLabel.addEventListener("submit", addLabel);
el.importForm.addEventListener("submit", importFile);
// Leaving the page (a link, a reload, a closed tab) sends the pending delete on its way;
// phones may close a hidden tab without a pagehide, so hiding it does too.
window.addEventListener("pagehide", () => commitDelete({ keepalive: true }));
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") commitDelete({ keepalive: true });
});

const carried = sessionStorage.getItem(STATUS_KEY);
if (carried) {
  sessionStorage.removeItem(STATUS_KEY);
  showStatus(carried);
}
