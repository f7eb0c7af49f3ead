// How the pages call the site's API: JSON (or FormData) in, JSON out, with the CSRF token Django
// expects, and an Error carrying the API's own message (and body) when it refuses.
(function () {
  "use strict";

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  // The message of a DRF error body ({"detail": ...} or {"field": [...]}), else the status.
  function problem(body, response) {
    if (body && typeof body.detail === "string") return body.detail;
    const first = body && typeof body === "object" ? Object.values(body)[0] : null;
    if (Array.isArray(first) && first.length) return String(first[0]);
    return `The server answered ${response.status} ${response.statusText}`.trim() + ".";
  }

  async function send(method, url, data, { keepalive = false } = {}) {
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
      throw new Error("Could not reach the server. Check your connection and try again.");
    }
    const answer = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error(problem(answer, response));
      error.body = answer;
      throw error;
    }
    return answer;
  }

  window.emojisiteApi = { send };
})();
