// The model's status line and one-line report on the drawing page; while a retrain is pending
// it looks again every MODEL_POLL_MS, and refreshed() runs when a new version has arrived.
import { send } from "../../api.js";
import { counted, gettext, interpolate, language, ngettext, percent } from "../../i18n.js";

const MODEL_POLL_MS = 1500;
const MODEL_POLL_LIMIT = 40;

function formatTime(iso) {
  const date = new Date(iso);
  const time = date.toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" });
  if (date.toDateString() === new Date().toDateString()) return time;
  return `${date.toLocaleDateString(language)} ${time}`;
}

// "On 24 drawings it has never seen: 92% right."
function testSummary(test) {
  if (!test || test.accuracy == null) return "";
  return counted(
    test.drawings,
    ngettext(
      "On %(count)s drawing it has never seen: %(percent)s right.",
      "On %(count)s drawings it has never seen: %(percent)s right.",
      test.drawings,
    ),
    { percent: percent(test.accuracy) },
  );
}

// One line of the model report: how often it is right, what it mixes up, what it needs.
function reportSummary(report) {
  if (!report) return "";
  const tested = testSummary(report.test);
  if (report.cv_accuracy == null) return [tested, report.detail || ""].join(" ").trim();
  const parts = [
    tested,
    interpolate(gettext("Guessed right %(percent)s of the time (%(folds)s-fold cross-validation)."), {
      percent: percent(report.cv_accuracy),
      folds: report.folds,
    }),
  ];
  const [confused] = report.confused || [];
  if (confused) {
    parts.push(
      interpolate(gettext("%(label)s is often taken for %(other)s."), {
        label: confused.label,
        other: confused.taken_for,
      }),
    );
  }
  if (report.needs_samples) {
    parts.push(interpolate(gettext("Draw more %(label)s."), { label: report.needs_samples }));
  }
  return parts.filter(Boolean).join(" ");
}

export function modelStatus({ el, url, showError, refreshed }) {
  let model = null;
  let pollTimer = 0;
  let polls = 0;

  function render() {
    let text;
    // A model fitted on no samples (after "Delete all") is no model either.
    if (!model || (!model.n_samples && !model.stale)) {
      text = gettext("No model yet");
    } else if (model.stale || model.version == null) {
      text = gettext("Waiting for training");
    } else if (model.trained_at) {
      text = counted(
        model.n_samples,
        ngettext(
          "Trained on %(count)s sample at %(time)s",
          "Trained on %(count)s samples at %(time)s",
          model.n_samples,
        ),
        { time: formatTime(model.trained_at) },
      );
    } else {
      text = counted(
        model.n_samples,
        ngettext("Trained on %(count)s sample", "Trained on %(count)s samples", model.n_samples),
      );
    }
    el.modelStatus.textContent = text;
    el.modelReport.textContent = model ? reportSummary(model.report) : "";
  }

  function set(next) {
    model = next;
    render();
    // Training may finish after the response: look again while it is pending.
    clearTimeout(pollTimer);
    if (model && model.stale && polls < MODEL_POLL_LIMIT) {
      polls++;
      pollTimer = setTimeout(refresh, MODEL_POLL_MS);
    } else {
      polls = 0;
    }
  }

  async function refresh() {
    try {
      const before = model && model.version;
      set(await send("GET", url));
      if (model.version !== before) refreshed();
    } catch (error) {
      showError(error.message);
    }
  }

  // A guess names the version that made it: a newer one than shown means a retrain finished.
  function seen(version) {
    if (model && version !== model.version) refresh();
  }

  return { set, refresh, seen };
}
