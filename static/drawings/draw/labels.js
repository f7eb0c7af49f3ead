// The drawing page's labels: a button per label that keeps the drawing as a sample of it, the
// Training Data counts, and adding, removing and deleting every sample.
import { send } from "../../api.js";
import { counted, gettext, interpolate, ngettext } from "../../i18n.js";
import { addLabelHandler } from "../../page.js";

function sortLabels(labels) {
  return labels.slice().sort((a, b) => a.position - b.position || a.id - b.id);
}

// A label with its name as a screen reader says it in the page's language, if it has one.
export function spoken(label) {
  return label.spoken_name ? `${label.name} ${label.spoken_name}` : label.name;
}

export function labelPanel({ el, urls, initialLabels, canvas, clearCanvas, run, say, model }) {
  let labels = sortLabels(initialLabels);

  // Counts of training and of test drawings per label, as answers to changes give them.
  function updateCounts(samples, testSamples) {
    labels.forEach((label) => {
      label.count = samples[label.name] || 0;
      label.test_count = (testSamples || {})[label.name] || 0;
    });
    renderTrainingData();
  }

  function render() {
    renderSubmitButtons();
    renderTrainingData();
  }

  function renderSubmitButtons() {
    if (labels.length === 0) {
      const empty = document.createElement("p");
      empty.className = "muted";
      empty.textContent = gettext("No labels yet: add one under Training Data.");
      el.submitButtons.replaceChildren(empty);
      return;
    }
    el.submitButtons.replaceChildren(
      ...labels.map((label) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button label-button";
        button.textContent = label.name;
        button.title = interpolate(gettext("Submit as %(label)s"), { label: spoken(label) });
        button.setAttribute(
          "aria-label",
          interpolate(gettext("Submit %(label)s"), { label: spoken(label) }),
        );
        button.addEventListener("click", () => submitSample(label));
        return button;
      }),
    );
  }

  function renderTrainingData() {
    if (labels.length === 0) {
      const empty = document.createElement("li");
      empty.className = "training-data__empty muted";
      empty.textContent = gettext("No labels.");
      el.trainingData.replaceChildren(empty);
      return;
    }
    el.trainingData.replaceChildren(...labels.map(trainingRow));
  }

  function trainingRow(label) {
    const li = document.createElement("li");
    li.className = "training-row";
    li.dataset.label = label.name;
    const name = document.createElement("span");
    name.className = "training-row__name";
    name.textContent = label.name;
    const spokenName = document.createElement("span");
    spokenName.className = "training-row__spoken muted";
    spokenName.textContent = label.spoken_name || "";
    const trained = label.count || 0;
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(trained);
    count.title = counted(
      trained,
      ngettext("%(count)s training drawing", "%(count)s training drawings", trained),
    );
    const tested = label.test_count || 0;
    const tests = document.createElement("span");
    tests.className = "training-row__tests muted";
    tests.textContent = tested
      ? counted(tested, ngettext("+%(count)s test", "+%(count)s test", tested))
      : "";
    tests.title = counted(tested, ngettext("%(count)s test drawing", "%(count)s test drawings", tested));
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "remove-label";
    remove.textContent = "×";
    remove.setAttribute(
      "aria-label",
      interpolate(gettext("Remove label %(label)s"), { label: spoken(label) }),
    );
    remove.title = gettext("Remove label");
    remove.addEventListener("click", () => removeLabel(label));
    li.append(name, spokenName, count, tests, remove);
    return li;
  }

  function submitSample(label) {
    if (canvas.isEmpty()) {
      say.showError(gettext("The canvas is empty: draw something first, then submit it."));
      return;
    }
    const split = el.asTest.checked ? "test" : "train";
    run(async () => {
      const body = { label: label.name, features: canvas.grid(), split };
      const result = await send("POST", urls.train, body);
      clearCanvas();
      updateCounts(result.samples || {}, result.test_samples);
      model.set(result.model);
      if (split === "test") {
        const count = (result.test_samples || {})[label.name] || 0;
        const format = ngettext(
          "Kept as a %(label)s test drawing: %(count)s test drawing.",
          "Kept as a %(label)s test drawing: %(count)s test drawings.",
          count,
        );
        say.showStatus(counted(count, format, { label: label.name }));
      } else {
        const count = (result.samples || {})[label.name] || 0;
        const format = ngettext(
          "Saved as %(label)s: %(count)s sample.",
          "Saved as %(label)s: %(count)s samples.",
          count,
        );
        say.showStatus(counted(count, format, { label: label.name }));
      }
    });
  }

  function deleteAll() {
    if (!window.confirm(gettext("Delete all your samples? This can't be undone."))) return;
    run(async () => {
      const result = await send("POST", urls.delete, {});
      updateCounts(result.samples || {}, {});
      const deleted = result.deleted || 0;
      say.showStatus(
        counted(deleted, ngettext("Deleted %(count)s sample.", "Deleted %(count)s samples.", deleted)),
      );
      await model.refresh();
    });
  }

  const addLabel = addLabelHandler({
    input: el.newLabel,
    error: el.addLabelError,
    url: urls.labels,
    run,
    added(label) {
      labels = sortLabels(labels.filter((other) => other.id !== label.id).concat(label));
      render();
      say.showStatus(interpolate(gettext("Added label %(label)s."), { label: label.name }));
    },
  });

  function removeLabel(label) {
    const count = label.count || 0;
    const question = counted(
      count,
      ngettext(
        "Remove %(label)s and its %(count)s sample?",
        "Remove %(label)s and its %(count)s samples?",
        count,
      ),
      { label: label.name },
    );
    if (!window.confirm(question)) return;
    run(async () => {
      await send("DELETE", `${urls.labels}${label.id}/`);
      const index = labels.findIndex((other) => other.id === label.id);
      labels = labels.filter((other) => other.id !== label.id);
      render();
      focusRemoveButton(index);
      say.showStatus(interpolate(gettext("Removed label %(label)s."), { label: label.name }));
      await model.refresh();
    });
  }

  // The removed row's button had focus: move it to the next row (or the form).
  function focusRemoveButton(index) {
    const buttons = el.trainingData.querySelectorAll(".remove-label");
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next || el.newLabel).focus();
  }

  async function reload() {
    labels = sortLabels(await send("GET", urls.labels));
    renderTrainingData();
    await model.refresh();
  }

  el.deleteAll.addEventListener("click", deleteAll);
  el.addLabel.addEventListener("submit", addLabel);
  render();

  return {
    updateCounts,
    reload,
    // The labels that have training drawings: the ones a quiz may ask for.
    trained: () => labels.filter((label) => label.count > 0),
  };
}
