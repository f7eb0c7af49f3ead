// How the pages call the site's API: JSON (or FormData) in, JSON out, with the CSRF token Django
// expects, and an Error carrying the API's own message (and body) when it refuses. The API
// answers in the page's language: the browser sends the language cookie and Accept-Language.
import { gettext, interpolate } from "./i18n.js";

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : "";
}

// The message of a DRF error body ({"detail": ...} or {"field": [...]}), else the status.
function problem(body, response) {
  if (body && typeof body.detail === "string") return body.detail;
  const first = body && typeof body === "object" ? Object.values(body)[0] : null;
  if (Array.isArray(first) && first.length) return String(first[0]);
  const { status, statusText: reason } = response;
  if (!reason) return interpolate(gettext("The server answered %(status)s."), { status });
  return interpolate(gettext("The server answered %(status)s %(reason)s."), { status, reason });
}

export async function send(method, url, data, { keepalive = false } = {}) {
  const headers = { Accept: "application/json", "X-CSRFToken": csrfToken() };
  let body = data;
  if (data !== undefined && !(data instanceof FormData)) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(data);
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body, keepalive, credentials: "same-origin" });
  } catch {
    throw new Error(gettext("Could not reach the server. Check your connection and try again."));
  }
  const answer = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(problem(answer, response));
    error.body = answer;
    throw error;
  }
  return answer;
}
