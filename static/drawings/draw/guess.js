// Current Guess: while the pen moves, ask for a guess at most every PREDICT_DELAY_MS, one
// request at a time, and show the best label, the top scores and the drawings most alike.
import { send } from "../../api.js";
import { gettext, interpolate, percent } from "../../i18n.js";

const PREDICT_DELAY_MS = 150;

export function guesser({ el, canvas, url, showError, modelVersion }) {
  let timer = 0;
  let inFlight = false;
  let again = false;
  let clearCount = 0; // responses for a canvas that was cleared since are dropped

  function changed() {
    clearTimeout(timer);
    if (canvas.isEmpty()) {
      showIdle();
      return;
    }
    timer = setTimeout(request, PREDICT_DELAY_MS);
  }

  // The canvas is being cleared: answers to what was on it are no longer wanted.
  function forget() {
    clearCount++;
    again = false;
  }

  async function request() {
    if (canvas.isEmpty()) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    const sentAfterClear = clearCount;
    try {
      const result = await send("POST", url, { features: canvas.grid(), explain: true });
      if (sentAfterClear === clearCount && !canvas.isEmpty()) show(result);
    } catch (error) {
      if (sentAfterClear === clearCount) showError(error.message);
    } finally {
      inFlight = false;
      if (again) {
        again = false;
        request();
      }
    }
  }

  function showIdle() {
    el.guess.className = "guess guess--idle";
    el.guess.textContent = gettext("Draw something");
    el.scores.replaceChildren();
    showAlike([]);
  }

  // Why this guess: the user's training drawings the classifier finds most alike, each a link
  // to it in the gallery.
  function showAlike(alike) {
    el.alikeBox.hidden = alike.length === 0;
    el.alike.replaceChildren(
      ...alike.map(({ label, thumbnail, url: drawingUrl }) => {
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.className = "alike__drawing";
        link.href = drawingUrl;
        const picture = document.createElement("img");
        picture.src = thumbnail;
        picture.width = 56;
        picture.height = 56;
        picture.alt = interpolate(gettext("your %(label)s drawing, open it in your samples"), {
          label,
        });
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

  function show(result) {
    if (result.guess === null || result.guess === undefined) {
      el.guess.className = "guess guess--detail";
      el.guess.textContent = result.detail || gettext("No guess yet.");
      el.scores.replaceChildren();
      showAlike([]);
      return;
    }
    // Below the calibrated threshold the best guess is more likely wrong than a sure one.
    const sure = result.confident !== false;
    el.guess.className = sure ? "guess" : "guess guess--unsure";
    el.guess.textContent = sure
      ? result.guess
      : interpolate(gettext("Not sure: maybe %(guess)s?"), { guess: result.guess });
    el.scores.replaceChildren(...(result.scores || []).slice(0, 3).map(scoreRow));
    showAlike(result.alike || []);
    modelVersion(result.model_version);
  }

  function scoreRow({ label, score }) {
    const li = document.createElement("li");
    li.className = "score";
    const name = document.createElement("span");
    name.className = "score__label";
    name.textContent = label;
    const bar = document.createElement("span");
    bar.className = "score__bar";
    const fill = document.createElement("span");
    fill.className = "score__fill";
    fill.style.width = `${Math.round(score * 100)}%`;
    bar.append(fill);
    const value = document.createElement("span");
    value.className = "score__value";
    value.textContent = percent(Math.round(score * 100) / 100);
    li.append(name, bar, value);
    return li;
  }

  return { changed, forget, request };
}
