// The quiz: the model asks for `rounds` drawings of labels it knows, guesses each, and keeps
// score; each drawing is kept as a test drawing of the label asked for unless discarded.
import { send } from "../../api.js";
import { gettext, interpolate } from "../../i18n.js";
import { spoken } from "./labels.js";

export function quizPanel({ el, urls, rounds, canvas, clearCanvas, labels, model, run, say }) {
  // { asked: label, round, right, answers, sampleId } while a quiz is on.
  let quiz = null;

  function buttons(...shown) {
    [el.quizStart, el.quizCheck, el.quizNext, el.quizDiscard, el.quizStop].forEach((button) => {
      button.hidden = !shown.includes(button);
    });
  }

  function start() {
    if (labels.trained().length < 2) {
      el.quizResult.textContent = gettext("Train at least two labels first: the quiz asks for them.");
      return;
    }
    quiz = { round: 0, right: 0, answers: [], asked: null, sampleId: null };
    el.quizScore.textContent = "";
    // The quiz panel moves up beside the canvas while it is on.
    document.body.classList.add("is-quizzing");
    askNext();
  }

  function askNext() {
    const known = labels.trained();
    const others = known.filter((label) => label.name !== (quiz.asked && quiz.asked.name));
    const choices = others.length ? others : known;
    quiz.asked = choices[Math.floor(Math.random() * choices.length)];
    quiz.round += 1;
    quiz.sampleId = null;
    clearCanvas();
    el.quizPrompt.textContent = interpolate(gettext("Draw %(label)s"), { label: spoken(quiz.asked) });
    el.quizPrompt.classList.add("quiz-prompt--asking");
    el.quizResult.textContent = interpolate(
      gettext("Drawing %(round)s of %(rounds)s. Press “Done” when it is finished."),
      { round: quiz.round, rounds },
    );
    buttons(el.quizCheck, el.quizStop);
    el.quizCheck.focus();
  }

  function check() {
    if (canvas.isEmpty()) {
      el.quizResult.textContent = interpolate(
        gettext("The canvas is empty: draw %(label)s first."),
        { label: quiz.asked.name },
      );
      return;
    }
    const asked = quiz.asked;
    const features = canvas.grid();
    run(async () => {
      const guess = await send("POST", urls.predict, { features });
      // Kept as a test drawing of the label asked for: the model is measured on it, never fit.
      const kept = await send("POST", urls.train, { label: asked.name, features, split: "test" });
      quiz.sampleId = kept.sample.id;
      labels.updateCounts(kept.samples || {}, kept.test_samples);
      model.set(kept.model);
      const right = guess.guess === asked.name;
      if (right) quiz.right += 1;
      quiz.answers.push(right);
      let said;
      if (guess.guess == null) said = gettext("It could not guess it: wrong.");
      else if (right) said = interpolate(gettext("It guessed %(guess)s: right!"), guess);
      else said = interpolate(gettext("It guessed %(guess)s: wrong."), guess);
      el.quizResult.textContent = said;
      el.quizScore.textContent = interpolate(gettext("Score: %(right)s of %(round)s"), quiz);
      if (quiz.round >= rounds) {
        await finish();
      } else {
        buttons(el.quizNext, el.quizDiscard, el.quizStop);
        el.quizNext.focus();
      }
    });
  }

  async function finish() {
    await send("POST", urls.quiz, { answers: quiz.answers });
    el.quizPrompt.classList.remove("quiz-prompt--asking");
    el.quizPrompt.textContent = interpolate(
      gettext("Quiz over: your model got %(right)s of %(round)s right."),
      quiz,
    );
    buttons(el.quizStart, el.quizDiscard);
    el.quizStart.textContent = gettext("Another quiz");
    el.quizStart.focus();
  }

  function discard() {
    const sampleId = quiz && quiz.sampleId;
    if (!sampleId) return;
    run(async () => {
      await send("DELETE", `${urls.samples}${sampleId}/`);
      quiz.sampleId = null;
      el.quizDiscard.hidden = true;
      say.showStatus(gettext("Discarded the quiz drawing."));
      (el.quizNext.hidden ? el.quizStart : el.quizNext).focus();
      await labels.reload();
    });
  }

  function stop() {
    quiz = null;
    document.body.classList.remove("is-quizzing");
    el.quizPrompt.classList.remove("quiz-prompt--asking");
    el.quizPrompt.textContent = gettext(
      "Quiz stopped. The drawings you finished are kept as test drawings.",
    );
    el.quizResult.textContent = "";
    buttons(el.quizStart);
    el.quizStart.focus();
  }

  el.quizStart.addEventListener("click", start);
  el.quizCheck.addEventListener("click", check);
  el.quizNext.addEventListener("click", askNext);
  el.quizDiscard.addEventListener("click", discard);
  el.quizStop.addEventListener("click", stop);
}
