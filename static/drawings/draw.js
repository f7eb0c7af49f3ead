// Drawing page: the canvas, live guesses, the model's status, the labels and the quiz, each in
// its own module under draw/; this one finds the page's elements and wires them together.
import { feedback } from "../page.js";
import { drawingCanvas } from "./draw/canvas.js";
import { guesser } from "./draw/guess.js";
import { labelPanel } from "./draw/labels.js";
import { modelStatus } from "./draw/model.js";
import { quizPanel } from "./draw/quiz.js";

const STATUS_CLEAR_MS = 4000;

const initial = JSON.parse(document.getElementById("initial-state").textContent);
const urls = initial.urls;
const byId = (id) => document.getElementById(id);

const el = {
  canvas: byId("canvas"),
  clear: byId("clear"),
  guess: byId("guess"),
  scores: byId("scores"),
  alikeBox: byId("alike-box"),
  alike: byId("alike"),
  modelStatus: byId("model-status"),
  modelReport: byId("model-report"),
  submitButtons: byId("submit-buttons"),
  status: byId("status"),
  error: byId("error"),
  trainingData: byId("training-data"),
  addLabel: byId("add-label"),
  newLabel: byId("new-label"),
  addLabelError: byId("add-label-error"),
  deleteAll: byId("delete-all"),
  asTest: byId("as-test"),
  quizPrompt: byId("quiz-prompt"),
  quizResult: byId("quiz-result"),
  quizScore: byId("quiz-score"),
  quizStart: byId("quiz-start"),
  quizCheck: byId("quiz-check"),
  quizNext: byId("quiz-next"),
  quizDiscard: byId("quiz-discard"),
  quizStop: byId("quiz-stop"),
};

const say = feedback(el.status, el.error, { clearStatusAfterMs: STATUS_CLEAR_MS });

// Run one write action at a time, reporting any failure. Buttons are not disabled meanwhile so
// keyboard focus stays where it is.
let busy = false;
async function run(action) {
  if (busy) return;
  busy = true;
  document.body.classList.add("is-busy");
  try {
    await action();
  } catch (error) {
    say.showError(error.message);
  } finally {
    busy = false;
    document.body.classList.remove("is-busy");
  }
}

let guess = null;
const canvas = drawingCanvas(el.canvas, { changed: () => guess.changed() });
const model = modelStatus({
  el,
  url: urls.model,
  showError: say.showError,
  refreshed: () => canvas.isEmpty() || guess.request(),
});
guess = guesser({ el, canvas, url: urls.predict, showError: say.showError, modelVersion: model.seen });

function clearCanvas() {
  guess.forget();
  canvas.clear();
}

const labels = labelPanel({
  el,
  urls,
  initialLabels: initial.labels || [],
  canvas,
  clearCanvas,
  run,
  say,
  model,
});
quizPanel({ el, urls, rounds: initial.quiz_rounds, canvas, clearCanvas, labels, model, run, say });

el.clear.addEventListener("click", () => {
  clearCanvas();
  say.clearError();
});
el.asTest.addEventListener("change", () =>
  document.body.classList.toggle("is-testing", el.asTest.checked),
);
model.set(initial.model || null);
