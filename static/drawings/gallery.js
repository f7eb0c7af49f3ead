// Gallery page: delete (with undo), move and relabel samples; add, remove and reorder labels;
// import a samples.txt. The page is rendered by the server; this script talks to the API.
(function () {
  "use strict";

  // A deleted drawing is only hidden for this long; the DELETE is sent when the time is up,
  // when another drawing is deleted, or when the page is left (with keepalive).
  const UNDO_MS = 6000;
  const STATUS_KEY = "gallery-status"; // a message carried over a reload

  const { plural, feedback, addLabelHandler } = window.emojisitePage;
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

  // ---------------------------------------------------------------- API

  const send = window.emojisiteApi.send;

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
    el.undoText.textContent = "Drawing deleted.";
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
    showStatus("Kept the drawing.");
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
        showError(`The drawing was not deleted: ${error.message}`);
      });
  }

  // ---------------------------------------------------------------- move, delete a label's samples

  async function moveSample(card, select) {
    const name = select.value;
    try {
      const result = await send("PATCH", `${urls.samples}${card.dataset.sampleId}/`, { label: name });
      updateCounts(result.samples, result.test_samples);
      card.remove();
      showStatus(`Moved the drawing to ${name}.`);
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
        split === "test"
          ? `Kept the ${name} drawing for testing: the model won't learn from it.`
          : `The model now learns from the ${name} drawing.`,
      );
    } catch (error) {
      showError(error.message);
    }
  }

  function showSplit(card, button, split, name) {
    const test = split === "test";
    card.dataset.split = split;
    card.classList.toggle("sample--test", test);
    card.querySelector("[data-split-badge]").textContent = test ? "test" : "";
    button.textContent = test ? "🎓" : "🧪";
    button.title = test ? "Train on it" : "Keep for testing";
    button.setAttribute(
      "aria-label",
      test ? `Train on this ${name} drawing` : `Keep this ${name} drawing for testing`,
    );
  }

  async function deleteLabelSamples(button) {
    const name = button.dataset.labelName;
    const count = document.querySelector(`[data-count-of="${button.dataset.labelId}"]`).textContent;
    if (!window.confirm(`Delete all ${count} ${name} drawings? This can't be undone.`)) return;
    try {
      const result = await send("POST", urls.delete, { label: name });
      reloadSaying(`Deleted ${plural(result.deleted, "drawing")} of ${name}.`);
    } catch (error) {
      showError(error.message);
    }
  }

  // ---------------------------------------------------------------- labels

  const addLabel = addLabelHandler({
    input: el.newLabel,
    error: el.addLabelError,
    url: urls.labels,
    added: (label) => reloadSaying(`Added label ${label.name}.`),
  });

  async function removeLabel(row) {
    const name = row.dataset.labelName;
    const count = Number(row.querySelector(".count").textContent);
    if (!window.confirm(`Remove ${name} and its ${plural(count, "drawing")}?`)) return;
    try {
      await send("DELETE", `${urls.labels}${row.dataset.labelId}/`);
      sessionStorage.setItem(STATUS_KEY, `Removed label ${name}.`);
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
      showStatus(`Moved ${row.dataset.labelName} ${direction}.`);
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
        item.textContent = `Line ${line}: ${error}`;
        list.append(item);
      });
      parts.push(list);
      if (body.bad_lines > body.lines.length) {
        const more = document.createElement("p");
        more.className = "muted";
        more.textContent = `… and ${plural(body.bad_lines - body.lines.length, "more bad line")}.`;
        parts.push(more);
      }
    }
    el.importResult.replaceChildren(...parts);
  }

  async function importFile(event) {
    event.preventDefault();
    if (!el.importFile.files.length) {
      showImportErrors(null, "Choose a samples.txt first.");
      return;
    }
    const button = el.importForm.querySelector("button[type=submit]");
    button.disabled = true;
    el.importResult.textContent = "Importing…";
    try {
      const result = await send("POST", urls.import, new FormData(el.importForm));
      const labels = Object.entries(result.labels)
        .map(([name, count]) => `${name} ${count}`)
        .join(", ");
      reloadSaying(`Imported ${plural(result.imported, "drawing")} (${labels}).`);
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
})();
