// Shared helpers of the crosswire pages: read the JSON API, build elements, mark spans of text.
"use strict";

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// Text with spans marked: spans may overlap; each piece gets the classes of the spans over it.
function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { out.append(piece); continue; }
    const tag = over.some((s) => s.cls === "evidence") ? "mark" : "span";
    out.append(el(tag, {
      class: [...new Set(over.map((s) => s.cls))].join(" "),
      title: over.map((s) => s.title).filter(Boolean).join(" · ") || null,
      "data-event": over.map((s) => s.event).filter(Boolean).join(" ") || null,
    }, piece));
  }
  return out;
}

function showError(error) {
  const box = document.getElementById("error");
  box.textContent = "Could not load: " + error.message;
  box.hidden = false;
  document.body.dataset.state = "error";
}

function testMode() {
  return new URLSearchParams(location.search).has("test");
}

function dayOf(value) {
  // TimeML "2021-10-06", "2021-10" or "2014" → its first day; null when there is none.
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(value)) return value + "-01";
  if (/^\d{4}$/.test(value)) return value + "-01-01";
  return null;
}

// An actor's page from an event side: by name, with the code so that two actors of one name
// ("Russia" as RUS and as RUSGOV) stay apart (/api/actors/{name}?code=).
function actorHref(name, code) {
  if (!name && !code) return null;
  return "/actors/" + encodeURIComponent(name || code) +
    (name && code ? "?code=" + encodeURIComponent(code) : "");
}

function actorLink(name, code, text) {
  const href = actorHref(name, code);
  const label = text || name || code || "(not named)";
  return href ? el("a", { href }, label) : label;
}

// A link out to the original article, opened apart from the workbench.
function sourceLink(url, text) {
  return url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text || "original") : null;
}
