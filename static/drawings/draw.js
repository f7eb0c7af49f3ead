// Drawing page: 28×28 canvas, live guesses, training samples and labels.
(function () {
  "use strict";

  const { SIZE, emptyGrid, isEmpty, addPass, brushAlong } = window.emojisiteGrid;
  const { plural, feedback, addLabelHandler } = window.emojisitePage;
  const PREDICT_DELAY_MS = 150;
  const STATUS_CLEAR_MS = 4000;
  const MODEL_POLL_MS = 1500;
  const MODEL_POLL_LIMIT = 40;

  const initial = JSON.parse(document.getElementById("initial-state").textContent);
  const urls = initial.urls;

  const el = {
    canvas: document.getElementById("canvas"),
    clear: document.getElementById("clear"),
    guess: document.getElementById("guess"),
    scores: document.getElementById("scores"),
    alikeBox: document.getElementById("alike-box"),
    alike: document.getElementById("alike"),
    modelStatus: document.getElementById("model-status"),
    modelReport: document.getElementById("model-report"),
    submitButtons: document.getElementById("submit-buttons"),
    status: document.getElementById("status"),
    error: document.getElementById("error"),
    trainingData: document.getElementById("training-data"),
    addLabel: document.getElementById("add-label"),
    newLabel: document.getElementById("new-label"),
    addLabelError: document.getElementById("add-label-error"),
    deleteAll: document.getElementById("delete-all"),
    asTest: document.getElementById("as-test"),
    quizPrompt: document.getElementById("quiz-prompt"),
    quizResult: document.getElementById("quiz-result"),
    quizScore: document.getElementById("quiz-score"),
    quizStart: document.getElementById("quiz-start"),
    quizCheck: document.getElementById("quiz-check"),
    quizNext: document.getElementById("quiz-next"),
    quizDiscard: document.getElementById("quiz-discard"),
    quizStop: document.getElementById("quiz-stop"),
  };

  const state = {
    // grid[column][row]: 0, 0.3, 0.6, 0.9 or 1, sent to the API exactly as stored.
    grid: emptyGrid(),
    labels: sortLabels(initial.labels || []),
    model: initial.model || null,
    busy: false,
  };

  // ---------------------------------------------------------------- canvas

  const ctx = el.canvas.getContext("2d");

  function canvasColors() {
    const style = getComputedStyle(el.canvas);
    return {
      paper: style.getPropertyValue("--canvas-paper").trim() || "#fff",
      ink: style.getPropertyValue("--canvas-ink").trim() || "20, 18, 30",
      grid: style.getPropertyValue("--canvas-grid").trim() || "rgba(0, 0, 0, 0.07)",
    };
  }

  let colors = canvasColors();

  // Keep the backing store at device resolution so cells stay crisp.
  function resizeCanvas() {
    const rect = el.canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const px = Math.max(SIZE, Math.round(rect.width * ratio));
    if (el.canvas.width !== px || el.canvas.height !== px) {
      el.canvas.width = px;
      el.canvas.height = px;
    }
    render();
  }

  function render() {
    const px = el.canvas.width;
    const edge = (i) => Math.round((i * px) / SIZE);
    ctx.fillStyle = colors.paper;
    ctx.fillRect(0, 0, px, px);
    for (let col = 0; col < SIZE; col++) {
      for (let row = 0; row < SIZE; row++) {
        const v = state.grid[col][row];
        if (v === 0) continue;
        ctx.fillStyle = `rgba(${colors.ink}, ${v})`;
        ctx.fillRect(edge(col), edge(row), edge(col + 1) - edge(col), edge(row + 1) - edge(row));
      }
    }
    // Faint one-device-pixel grid lines on the cell edges.
    ctx.fillStyle = colors.grid;
    for (let i = 1; i < SIZE; i++) {
      ctx.fillRect(edge(i), 0, 1, px);
      ctx.fillRect(0, edge(i), px, 1);
    }
  }

  // ---------------------------------------------------------------- pointer

  let stroke = null; // { pointerId, point } while a pointer is down

  function pointerToCells(event) {
    const rect = el.canvas.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * SIZE,
      y: ((event.clientY - rect.top) / rect.height) * SIZE,
    };
  }

  function onPointerDown(event) {
    if (stroke || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    el.canvas.setPointerCapture(event.pointerId);
    const point = pointerToCells(event);
    stroke = { pointerId: event.pointerId, point };
    addPass(state.grid, Math.floor(point.x), Math.floor(point.y));
    gridChanged();
  }

  function onPointerMove(event) {
    if (!stroke || event.pointerId !== stroke.pointerId) return;
    const point = pointerToCells(event);
    const crossed = brushAlong(state.grid, stroke.point, point);
    stroke.point = point;
    if (crossed === 0) return; // still in the same cell
    gridChanged();
  }

  function onPointerUp(event) {
    if (stroke && event.pointerId === stroke.pointerId) stroke = null;
  }

  // ---------------------------------------------------------------- API

  const api = window.emojisiteApi.send;

  // ---------------------------------------------------------------- feedback

  const { showStatus, showError, clearError } = feedback(el.status, el.error, {
    clearStatusAfterMs: STATUS_CLEAR_MS,
  });

  // Run one write action at a time, reporting any failure. Buttons are not
  // disabled meanwhile so keyboard focus stays where it is.
  async function writeAction(action) {
    if (state.busy) return;
    state.busy = true;
    document.body.classList.add("is-busy");
    try {
      await action();
    } catch (error) {
      showError(error.message);
    } finally {
      state.busy = false;
      document.body.classList.remove("is-busy");
    }
  }

  // ---------------------------------------------------------------- guess

  let predictTimer = 0;
  let predictInFlight = false;
  let predictAgain = false;
  let clearCount = 0; // responses for a canvas that was cleared since are dropped

  function gridChanged() {
    render();
    clearTimeout(predictTimer);
    if (isEmpty(state.grid)) {
      showIdleGuess();
      return;
    }
    predictTimer = setTimeout(requestPrediction, PREDICT_DELAY_MS);
  }

  async function requestPrediction() {
    if (isEmpty(state.grid)) return;
    if (predictInFlight) {
      predictAgain = true;
      return;
    }
    predictInFlight = true;
    const sentAfterClear = clearCount;
    try {
      const result = await api("POST", urls.predict, { features: state.grid, explain: true });
      if (sentAfterClear === clearCount && !isEmpty(state.grid)) showGuess(result);
    } catch (error) {
      if (sentAfterClear === clearCount) showError(error.message);
    } finally {
      predictInFlight = false;
      if (predictAgain) {
        predictAgain = false;
        requestPrediction();
      }
    }
  }

  function showIdleGuess() {
    el.guess.className = "guess guess--idle";
    el.guess.textContent = "Draw something";
    el.scores.replaceChildren();
    showAlike([]);
  }

  // Why this guess: the user's training drawings the classifier finds most alike, each a link
  // to it in the gallery.
  function showAlike(alike) {
    el.alikeBox.hidden = alike.length === 0;
    el.alike.replaceChildren(
      ...alike.map(({ label, thumbnail, url }) => {
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.className = "alike__drawing";
        link.href = url;
        const picture = document.createElement("img");
        picture.src = thumbnail;
        picture.width = 56;
        picture.height = 56;
        picture.alt = `your ${label} drawing, open it in your samples`;
        const name = document.createElement("span");
        name.className = "alike__label";
        name.textContent = label;
        name.setAttribute("aria-hidden", "true");
        link.append(picture, name);
        li.append(link);
        return li;
      }),
    );
  }

  function showGuess(result) {
    if (result.guess === null || result.guess === undefined) {
      el.guess.className = "guess guess--detail";
      el.guess.textContent = result.detail || "No guess yet.";
      el.scores.replaceChildren();
      showAlike([]);
      return;
    }
    // Below the calibrated threshold the best guess is more likely wrong than a sure one.
    const sure = result.confident !== false;
    el.guess.className = sure ? "guess" : "guess guess--unsure";
    el.guess.textContent = sure ? result.guess : `Not sure: maybe ${result.guess}?`;
    el.scores.replaceChildren(...(result.scores || []).slice(0, 3).map(scoreRow));
    showAlike(result.alike || []);
    if (state.model && result.model_version !== state.model.version) refreshModel();
  }

  function scoreRow({ label, score }) {
    const percent = Math.round(score * 100);
    const li = document.createElement("li");
    li.className = "score";
    const name = document.createElement("span");
    name.className = "score__label";
    name.textContent = label;
    const bar = document.createElement("span");
    bar.className = "score__bar";
    const fill = document.createElement("span");
    fill.className = "score__fill";
    fill.style.width = `${percent}%`;
    bar.append(fill);
    const value = document.createElement("span");
    value.className = "score__value";
    value.textContent = `${percent}%`;
    li.append(name, bar, value);
    return li;
  }

  function clearCanvas() {
    state.grid = emptyGrid();
    clearCount++;
    predictAgain = false;
    gridChanged();
  }

  // ---------------------------------------------------------------- model

  let modelPollTimer = 0;
  let modelPolls = 0;

  function formatTime(iso) {
    const date = new Date(iso);
    const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    if (date.toDateString() === new Date().toDateString()) return time;
    return `${date.toLocaleDateString()} ${time}`;
  }

  function renderModel() {
    const model = state.model;
    let text;
    // A model fitted on no samples (after "Delete all") is no model either.
    if (!model || (!model.n_samples && !model.stale)) {
      text = "No model yet";
    } else if (model.stale || model.version == null) {
      text = "Waiting for training";
    } else {
      text = `Trained on ${plural(model.n_samples, "sample")}`;
      if (model.trained_at) text += ` at ${formatTime(model.trained_at)}`;
    }
    el.modelStatus.textContent = text;
    el.modelReport.textContent = model ? reportSummary(model.report) : "";
  }

  // "On 24 drawings it has never seen: 92% right."
  function testSummary(test) {
    if (!test || test.accuracy == null) return "";
    const right = Math.round(test.accuracy * 100);
    return `On ${plural(test.drawings, "drawing")} it has never seen: ${right}% right.`;
  }

  // One line of the model report: how often it is right, what it mixes up, what it needs.
  function reportSummary(report) {
    if (!report) return "";
    const tested = testSummary(report.test);
    if (report.cv_accuracy == null) return [tested, report.detail || ""].join(" ").trim();
    const parts = [
      tested,
      `Guessed right ${Math.round(report.cv_accuracy * 100)}% of the time ` +
        `(${report.folds}-fold cross-validation).`,
    ];
    const [confused] = report.confused || [];
    if (confused) parts.push(`${confused.label} is often taken for ${confused.taken_for}.`);
    if (report.needs_samples) parts.push(`Draw more ${report.needs_samples}.`);
    return parts.filter(Boolean).join(" ");
  }

  function setModel(model) {
    state.model = model;
    renderModel();
    // Training may finish after the response: look again while it is pending.
    clearTimeout(modelPollTimer);
    if (model && model.stale && modelPolls < MODEL_POLL_LIMIT) {
      modelPolls++;
      modelPollTimer = setTimeout(refreshModel, MODEL_POLL_MS);
    } else {
      modelPolls = 0;
    }
  }

  async function refreshModel() {
    try {
      const before = state.model && state.model.version;
      setModel(await api("GET", urls.model));
      if (state.model.version !== before && !isEmpty(state.grid)) requestPrediction();
    } catch (error) {
      showError(error.message);
    }
  }

  // ---------------------------------------------------------------- labels

  function sortLabels(labels) {
    return labels.slice().sort((a, b) => a.position - b.position || a.id - b.id);
  }

  function spokenSuffix(label) {
    return label.spoken_name ? ` ${label.spoken_name}` : "";
  }

  // Counts of training and of test drawings per label, as answers to changes give them.
  function updateCounts(samples, testSamples) {
    state.labels.forEach((label) => {
      label.count = samples[label.name] || 0;
      label.test_count = (testSamples || {})[label.name] || 0;
    });
    renderTrainingData();
  }

  function renderLabels() {
    renderSubmitButtons();
    renderTrainingData();
  }

  function renderSubmitButtons() {
    if (state.labels.length === 0) {
      const empty = document.createElement("p");
      empty.className = "muted";
      empty.textContent = "No labels yet: add one under Training Data.";
      el.submitButtons.replaceChildren(empty);
      return;
    }
    el.submitButtons.replaceChildren(
      ...state.labels.map((label) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button label-button";
        button.textContent = label.name;
        button.title = `Submit as ${label.name}${spokenSuffix(label)}`;
        button.setAttribute("aria-label", `Submit ${label.name}${spokenSuffix(label)}`);
        button.addEventListener("click", () => submitSample(label));
        return button;
      }),
    );
  }

  function renderTrainingData() {
    if (state.labels.length === 0) {
      const empty = document.createElement("li");
      empty.className = "training-data__empty muted";
      empty.textContent = "No labels.";
      el.trainingData.replaceChildren(empty);
      return;
    }
    el.trainingData.replaceChildren(...state.labels.map(trainingRow));
  }

  function trainingRow(label) {
    const li = document.createElement("li");
    li.className = "training-row";
    li.dataset.label = label.name;
    const name = document.createElement("span");
    name.className = "training-row__name";
    name.textContent = label.name;
    const spoken = document.createElement("span");
    spoken.className = "training-row__spoken muted";
    spoken.textContent = label.spoken_name || "";
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(label.count || 0);
    count.title = plural(label.count || 0, "training drawing");
    const tests = document.createElement("span");
    tests.className = "training-row__tests muted";
    tests.textContent = label.test_count ? `+${label.test_count} test` : "";
    tests.title = plural(label.test_count || 0, "test drawing");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "remove-label";
    remove.textContent = "×";
    remove.setAttribute("aria-label", `Remove label ${label.name}${spokenSuffix(label)}`);
    remove.title = "Remove label";
    remove.addEventListener("click", () => removeLabel(label));
    li.append(name, spoken, count, tests, remove);
    return li;
  }

  // ---------------------------------------------------------------- actions

  function submitSample(label) {
    if (isEmpty(state.grid)) {
      showError("The canvas is empty: draw something first, then submit it.");
      return;
    }
    const split = el.asTest.checked ? "test" : "train";
    writeAction(async () => {
      const body = { label: label.name, features: state.grid, split };
      const result = await api("POST", urls.train, body);
      clearCanvas();
      updateCounts(result.samples || {}, result.test_samples);
      setModel(result.model);
      if (split === "test") {
        const count = (result.test_samples || {})[label.name] || 0;
        showStatus(`Kept as a ${label.name} test drawing: ${plural(count, "test drawing")}.`);
      } else {
        const count = (result.samples || {})[label.name] || 0;
        showStatus(`Saved as ${label.name}: ${plural(count, "sample")}.`);
      }
    });
  }

  function deleteAll() {
    if (!window.confirm("Delete all your samples? This can't be undone.")) return;
    writeAction(async () => {
      const result = await api("POST", urls.delete, {});
      updateCounts(result.samples || {}, {});
      showStatus(`Deleted ${plural(result.deleted || 0, "sample")}.`);
      await refreshModel();
    });
  }

  const addLabel = addLabelHandler({
    input: el.newLabel,
    error: el.addLabelError,
    url: urls.labels,
    run: writeAction,
    added(label) {
      state.labels = sortLabels(state.labels.filter((other) => other.id !== label.id).concat(label));
      renderLabels();
      showStatus(`Added label ${label.name}.`);
    },
  });

  function removeLabel(label) {
    const question = `Remove ${label.name} and its ${plural(label.count || 0, "sample")}?`;
    if (!window.confirm(question)) return;
    writeAction(async () => {
      await api("DELETE", `${urls.labels}${label.id}/`);
      const index = state.labels.findIndex((other) => other.id === label.id);
      state.labels = state.labels.filter((other) => other.id !== label.id);
      renderLabels();
      focusRemoveButton(index);
      showStatus(`Removed label ${label.name}.`);
      await refreshModel();
    });
  }

  // The removed row's button had focus: move it to the next row (or the form).
  function focusRemoveButton(index) {
    const buttons = el.trainingData.querySelectorAll(".remove-label");
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next || el.newLabel).focus();
  }

  // ---------------------------------------------------------------- quiz

  // { asked: label, round, right, sampleId } while a quiz is on.
  let quiz = null;

  function quizButtons(...shown) {
    [el.quizStart, el.quizCheck, el.quizNext, el.quizDiscard, el.quizStop].forEach((button) => {
      button.hidden = !shown.includes(button);
    });
  }

  function quizLabels() {
    return state.labels.filter((label) => label.count > 0);
  }

  function startQuiz() {
    if (quizLabels().length < 2) {
      el.quizResult.textContent = "Train at least two labels first: the quiz asks for them.";
      return;
    }
    quiz = { round: 0, right: 0, answers: [], asked: null, sampleId: null };
    el.quizScore.textContent = "";
    // The quiz panel moves up beside the canvas while it is on.
    document.body.classList.add("is-quizzing");
    askNext();
  }

  function askNext() {
    const labels = quizLabels();
    const others = labels.filter((label) => label.name !== (quiz.asked && quiz.asked.name));
    const choices = others.length ? others : labels;
    quiz.asked = choices[Math.floor(Math.random() * choices.length)];
    quiz.round += 1;
    quiz.sampleId = null;
    clearCanvas();
    el.quizPrompt.textContent = `Draw ${quiz.asked.name}${spokenSuffix(quiz.asked)}`;
    el.quizPrompt.classList.add("quiz-prompt--asking");
    el.quizResult.textContent = `Drawing ${quiz.round} of ${initial.quiz_rounds}. Press “Done” when it is finished.`;
    quizButtons(el.quizCheck, el.quizStop);
    el.quizCheck.focus();
  }

  function checkQuizDrawing() {
    if (isEmpty(state.grid)) {
      el.quizResult.textContent = `The canvas is empty: draw ${quiz.asked.name} first.`;
      return;
    }
    const asked = quiz.asked;
    const features = state.grid;
    writeAction(async () => {
      const guess = await api("POST", urls.predict, { features });
      // Kept as a test drawing of the label asked for: the model is measured on it, never fit.
      const kept = await api("POST", urls.train, { label: asked.name, features, split: "test" });
      quiz.sampleId = kept.sample.id;
      updateCounts(kept.samples || {}, kept.test_samples);
      setModel(kept.model);
      const right = guess.guess === asked.name;
      if (right) quiz.right += 1;
      quiz.answers.push(right);
      const said = guess.guess == null ? "could not guess it" : `guessed ${guess.guess}`;
      el.quizResult.textContent = `It ${said}: ${right ? "right!" : "wrong."}`;
      el.quizScore.textContent = `Score: ${quiz.right} of ${quiz.round}`;
      if (quiz.round >= initial.quiz_rounds) {
        await finishQuiz();
      } else {
        quizButtons(el.quizNext, el.quizDiscard, el.quizStop);
        el.quizNext.focus();
      }
    });
  }

  async function finishQuiz() {
    const { right, round } = quiz;
    await api("POST", urls.quiz, { answers: quiz.answers });
    el.quizPrompt.classList.remove("quiz-prompt--asking");
    el.quizPrompt.textContent = `Quiz over: your model got ${right} of ${round} right.`;
    quizButtons(el.quizStart, el.quizDiscard);
    el.quizStart.textContent = "Another quiz";
    el.quizStart.focus();
  }

  function discardQuizDrawing() {
    const sampleId = quiz && quiz.sampleId;
    if (!sampleId) return;
    writeAction(async () => {
      await api("DELETE", `${urls.samples}${sampleId}/`);
      quiz.sampleId = null;
      el.quizDiscard.hidden = true;
      showStatus("Discarded the quiz drawing.");
      (el.quizNext.hidden ? el.quizStart : el.quizNext).focus();
      await refreshLabels();
    });
  }

  function stopQuiz() {
    quiz = null;
    document.body.classList.remove("is-quizzing");
    el.quizPrompt.classList.remove("quiz-prompt--asking");
    el.quizPrompt.textContent = "Quiz stopped. The drawings you finished are kept as test drawings.";
    el.quizResult.textContent = "";
    quizButtons(el.quizStart);
    el.quizStart.focus();
  }

  async function refreshLabels() {
    const labels = await api("GET", urls.labels);
    state.labels = sortLabels(labels);
    renderTrainingData();
    await refreshModel();
  }

  // ---------------------------------------------------------------- start

  el.canvas.addEventListener("pointerdown", onPointerDown);
  el.canvas.addEventListener("pointermove", onPointerMove);
  el.canvas.addEventListener("pointerup", onPointerUp);
  el.canvas.addEventListener("pointercancel", onPointerUp);
  el.canvas.addEventListener("contextmenu", (event) => event.preventDefault());
  el.clear.addEventListener("click", () => {
    clearCanvas();
    clearError();
  });
  el.deleteAll.addEventListener("click", deleteAll);
  el.quizStart.addEventListener("click", startQuiz);
  el.quizCheck.addEventListener("click", checkQuizDrawing);
  el.quizNext.addEventListener("click", askNext);
  el.quizDiscard.addEventListener("click", discardQuizDrawing);
  el.quizStop.addEventListener("click", stopQuiz);
  el.asTest.addEventListener("change", () =>
    document.body.classList.toggle("is-testing", el.asTest.checked),
  );
  el.addLabel.addEventListener("submit", addLabel);

  new ResizeObserver(resizeCanvas).observe(el.canvas);
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    colors = canvasColors();
    render();
  });

  renderLabels();
  setModel(state.model);
})();
