// The events page: the form's filters are the URL's query, read by /api/events/table; the
// download links carry the same query to /api/events/download, so a file holds exactly the
// events the table lists (all pages of them).
"use strict";

const form = document.getElementById("filters");
const query = new URLSearchParams(location.search);
let nextCursor = null;

function apiQuery() {
  const params = new URLSearchParams();
  for (const [k, v] of query) if (v && k !== "cursor") params.set(k, v);
  return params;
}

function fillForm(vocabulary) {
  for (const [name, values] of Object.entries(vocabulary)) {
    form.elements[name].append(...values.map((v) => el("option", { value: v }, v)));
  }
  for (const [k, v] of query) {
    const field = form.elements[k];
    if (!field) continue;
    // a filter set in the URL shows its field
    if (field.closest("details")) field.closest("details").open = true;
    if (field.type === "checkbox") field.checked = v === "true";
    else field.value = v;
  }
}

function side(e, which) {
  const text = e[`${which}_text`], name = e[`${which}_name`], code = e[`${which}_code`];
  if (which === "target" && !text) return "–";
  const label = name || text || "(not named)";
  const id = e[`${which}_actor_id`];
  return el("span", {}, id ? el("a", { href: "/actors/" + encodeURIComponent(id) }, label) : label,
    code ? el("span", { class: "code" }, ` ${code}`) : null);
}

function links(e) {
  return [
    e.story_id ? el("a", { href: `/stories/${encodeURIComponent(e.story_id)}#${encodeURIComponent(e.story_event_id)}` }, "story") : null,
    el("a", { href: `/articles/${encodeURIComponent(e.article_id)}#ev-${e.event_id}` }, e.outlet || "article"),
    sourceLink(e.url),
  ].filter(Boolean).flatMap((a, i) => (i ? [" · ", a] : [a]));
}

function row(e) {
  const cell = (label, ...content) => el("td", { "data-label": label }, ...content);
  return el("tr", { "data-event": e.event_id },
    el("td", { "data-label": "date", class: "nowrap" }, e.date || "undated"),
    cell("doer", side(e, "source")),
    cell("event", el("a", { href: "/events?plover=" + encodeURIComponent(e.plover) }, e.plover),
      " ", el("a", { href: "/events?cameo=" + encodeURIComponent(e.cameo), class: "code" }, e.cameo)),
    cell("target", side(e, "target")),
    cell("sentence", el("span", { class: "sentence" }, e.sentence)),
    cell("modality", e.modality),
    cell("confidence", e.confidence.toFixed(2)),
    cell("sources", String(e.n_sources)),
    cell("Goldstein", String(e.goldstein)),
    cell("links", links(e)));
}

function downloads() {
  const params = apiQuery();
  const box = document.getElementById("downloads");
  box.replaceChildren("Download these events: ", ...["csv", "parquet", "gdelt"].flatMap((f, i) => {
    params.set("format", f);
    const a = el("a", { href: "/api/events/download?" + params, download: "" },
      { csv: "CSV", parquet: "Parquet", gdelt: "GDELT (TSV)" }[f]);
    return i ? [" · ", a] : [a];
  }));
}

// The listed events' places on static/map.js's map, when it is there and they have places.
const listed = [];
function drawPlaces() {
  const box = document.getElementById("map");
  if (typeof drawMap !== "function" || typeof placePoints !== "function") return;
  const events = listed.map((e) => ({ ...e, place: e.place_latitude == null ? null : {
    name: e.place_name, country: e.place_country, latitude: e.place_latitude, longitude: e.place_longitude } }));
  const points = placePoints(events, (e) => `${e.date || "undated"} ${e.plover}`);
  if (points.length) drawMap(box, points);
  else box.replaceChildren(el("p", { class: "hint" }, "No listed event has a known place."));
}

async function load(append) {
  const params = apiQuery();
  if (append && nextCursor) params.set("cursor", nextCursor);
  const page = await api("/api/events/table?" + params);
  const body = document.getElementById("rows");
  if (!append) { body.replaceChildren(); listed.length = 0; }
  listed.push(...page.items);
  body.append(...page.items.map(row));
  if (!page.total) body.append(el("tr", {}, el("td", { colspan: 10, class: "hint" }, "No event matches.")));
  nextCursor = page.next_cursor;
  document.getElementById("more").hidden = !nextCursor;
  const shown = body.querySelectorAll("tr[data-event]").length;
  document.getElementById("summary").textContent =
    `${page.total} event(s) match; ${shown} shown` + (nextCursor ? " (More lists the next ones)." : ".");
  drawPlaces();
}

// A sortable header: a first click sorts ascending, a second on the same column descending.
document.querySelectorAll("th button[data-sort]").forEach((b) => b.addEventListener("click", () => {
  const same = form.elements.sort.value === b.dataset.sort;
  form.elements.order.value = same && form.elements.order.value === "asc" ? "desc" : "asc";
  form.elements.sort.value = b.dataset.sort;
  form.requestSubmit();
}));
// Empty fields stay out of the URL, so a shared link reads as its filters.
form.addEventListener("formdata", (e) => {
  for (const [k, v] of [...e.formData]) if (!v) e.formData.delete(k);
});
document.getElementById("more").addEventListener("click", () => load(true).catch(showError));

api("/api/vocabulary")
  .then((v) => { fillForm(v); downloads(); return load(false); })
  .then(() => { document.body.dataset.state = "ready"; })
  .catch(showError);
