// The story page: timeline, source × fact matrix, quotes, differences and the articles with
// each event's evidence sentences highlighted. All of it from /api/stories/{id}.
"use strict";

const STATUS_COLOUR = { corroborated: "#1b7f3b", "single-source": "#c98a00", conflicting: "#c0392b" };
const articles = {};  // article id → its record from /api/articles/{id}
let dossier = null;

// A gap longer than this between dated events breaks the time axis: a background event years
// earlier ("in 2014", "since 1976") gets a narrow panel of its own instead of squeezing every
// current event into one column.
const BREAK_DAYS = 60;
const DAY_MS = 86400000;

// Runs of dated events with no gap longer than BREAK_DAYS: [{from, to, events}] in time order.
function segmentsOf(dated) {
  const sorted = [...dated].sort((a, b) => a.t - b.t);
  const out = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.t - last.to <= BREAK_DAYS * DAY_MS) { last.to = d.t; last.events.push(d); }
    else out.push({ from: d.t, to: d.t, events: [d] });
  }
  return out;
}

// The story's own time: the segments from the busiest one on (later, planned events included);
// earlier segments are background.
function splitBackground(segments) {
  let main = 0;
  segments.forEach((s, i) => { if (s.events.length >= segments[main].events.length) main = i; });
  return [segments.slice(0, main), segments.slice(main)];
}

function datedEvents(events) {
  return events.map((e, i) => ({ e, i, t: Date.parse(dayOf(e.date)) })).filter((d) => !Number.isNaN(d.t));
}

// x positions: each segment gets at least MIN_W px, the rest in proportion to its time span;
// BREAK_W px between segments. Every point stays inside [0, width].
function brokenScale(segments, width) {
  const MIN_W = 56, BREAK_W = 22, PAD = 14;
  const spans = segments.map((s) => s.to - s.from);
  const total = spans.reduce((a, b) => a + b, 0);
  const extra = Math.max(0, width - BREAK_W * (segments.length - 1) - MIN_W * segments.length);
  let x = 0;
  const placed = segments.map((s, i) => {
    const w = MIN_W + (total ? (extra * spans[i]) / total : extra / segments.length);
    const seg = { ...s, x0: x, x1: x + w };
    x += w + BREAK_W;
    return seg;
  });
  const at = (t) => {
    const s = placed.find((p) => t >= p.from && t <= p.to);
    if (s.to === s.from) return (s.x0 + s.x1) / 2;
    return s.x0 + PAD + ((s.x1 - s.x0 - 2 * PAD) * (t - s.from)) / (s.to - s.from);
  };
  return { placed, at, BREAK_W };
}

function drawTimeline(events) {
  const box = document.getElementById("timeline");
  const dated = datedEvents(events);
  if (!dated.length) { box.replaceChildren(el("p", { class: "hint" }, "No dated event.")); return; }
  const width = Math.max(box.clientWidth - 2, 240);
  const lanes = [...new Set(dated.map((d) => d.e.plover || d.e.cameo))].sort();
  const LANE_H = 44, TOP = 10, AXIS = 34;
  const height = TOP + lanes.length * LANE_H + AXIS;
  const { placed, at, BREAK_W } = brokenScale(segmentsOf(dated), width);
  const svg = svgNode("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", class: "timeline", role: "img" });
  lanes.forEach((lane, k) => {
    const y = TOP + k * LANE_H + LANE_H / 2 + 6;
    svg.append(svgNode("line", { x1: 0, x2: width, y1: y, y2: y, class: "lane" }),
      svgNode("text", { x: 2, y: y - 15, class: "lanelabel" }, lane));
  });
  const axisY = TOP + lanes.length * LANE_H + 4;
  placed.forEach((s, i) => {
    svg.append(svgNode("line", { x1: s.x0, x2: s.x1, y1: axisY, y2: axisY, class: "axis" }));
    const first = s.events[0].e.date, last = s.events[s.events.length - 1].e.date;
    const both = s.to > s.from && s.x1 - s.x0 >= 150;
    svg.append(svgNode("text", { x: both ? s.x0 : (s.x0 + s.x1) / 2, y: axisY + 14,
                              "text-anchor": both ? "start" : "middle", class: "tick" }, first));
    if (both) svg.append(svgNode("text", { x: s.x1, y: axisY + 14, "text-anchor": "end", class: "tick" }, last));
    // days in between on a wide panel, one per ~160 px
    const inner = both ? Math.floor((s.x1 - s.x0) / 160) - 1 : 0;
    for (let j = 1; j <= inner; j++) {
      const t = s.from + ((s.to - s.from) * j) / (inner + 1);
      svg.append(svgNode("text", { x: at(t), y: axisY + 14, "text-anchor": "middle", class: "tick" },
        new Date(t).toISOString().slice(0, 10)));
    }
    if (i) {  // the axis is broken here: time between the two panels is left out
      const x = s.x0 - BREAK_W / 2;
      svg.append(svgNode("line", { x1: x, x2: x, y1: TOP, y2: axisY + 4, class: "break" }),
        svgNode("text", { x, y: axisY + 28, "text-anchor": "middle", class: "tick" }, "≈"));
    }
  });
  // Events of one lane and day side by side, kept inside the chart.
  const seen = new Map();
  for (const d of dated) {
    const lane = lanes.indexOf(d.e.plover || d.e.cameo);
    const key = `${lane}|${d.t}`;
    const k = seen.get(key) || 0;
    seen.set(key, k + 1);
    const r = 8 + Math.min(d.e.n_mentions, 4);
    const base = at(d.t), away = base > width / 2 ? -1 : 1;  // toward the middle: never clipped
    const x = Math.max(r + 1, Math.min(width - r - 1, base + away * k * (2 * r - 4)));
    const y = TOP + lane * LANE_H + LANE_H / 2 + 6;
    svg.append(svgNode("g", { class: "point", "data-id": d.e.story_event_id, tabindex: 0 },
      svgNode("circle", { cx: x, cy: y, r, fill: STATUS_COLOUR[d.e.status] || "#555" }),
      svgNode("text", { x, y: y + 3, "text-anchor": "middle", class: "fid", fill: "#fff" }, `F${d.i + 1}`),
      svgNode("title", {}, `${d.e.label} · ${d.e.date} · ${d.e.modality}`)));
  }
  svg.querySelectorAll(".point").forEach((g) => g.addEventListener("click", () => select(g.dataset.id)));
  const undated = events.length - dated.length;
  box.replaceChildren(svg, undated ? el("p", { class: "hint" }, `${undated} undated event(s) not drawn.`) : "");
}

// The header's dates: sources' and story events' days, background events (before a break)
// named apart.
function storySpan(s, sources, events) {
  const [background, current] = splitBackground(segmentsOf(datedEvents(events)));
  const days = [s.start, s.end, ...sources.map((x) => dayOf(x.published)),
    ...current.flatMap((seg) => seg.events.map((d) => dayOf(d.e.date)))].filter(Boolean).sort();
  const span = days.length ? `${days[0]} – ${days[days.length - 1]}` : "undated";
  return background.length ? `${span} · background from ${background[0].events[0].e.date}` : span;
}

function eventList(events) {
  document.getElementById("events").replaceChildren(...events.map((e, i) =>
    el("li", { class: "event", "data-id": e.story_event_id },
      el("button", { type: "button", onclick: () => select(e.story_event_id) },
        el("span", { class: "fact" }, `F${i + 1}`), " ", e.label),
      el("span", { class: "meta" }, " ", actorLink(e.source_name, e.source_code),
        e.target_name || e.target_code ? [" → ", actorLink(e.target_name, e.target_code)] : null),
      el("span", { class: "meta" },
        ` ${e.date || "undated"} · ${e.modality || ""} · ${e.n_mentions} mention(s) · `,
        el("span", { class: "badge " + e.status }, e.status || ""),
        ` · sources: ${e.independent_sources.join(", ")}`))));
}

function drawMatrix(m) {
  const head = el("tr", {}, el("th", {}, "source"),
    m.facts.map((f, i) => el("th", { title: f.label }, `F${i + 1}`)));
  const rows = m.rows.map((r) => el("tr", { "data-source": r.article_id },
    el("th", { scope: "row" },
      el("a", { href: "/articles/" + encodeURIComponent(r.article_id) }, r.outlet || r.article_id)),
    r.cells.map((c, i) => el("td", {
      class: "cell " + (c ? c.status : "absent"),
      title: c ? `${m.facts[i].label}: ${c.status}; ` +
                 c.facts.map((f) => `${f.about} ${f.value} (${f.status})`).join(", ")
               : `${m.facts[i].label}: not reported`,
    }, c ? [c.status === "conflicting" ? "≠" : "●",
            c.facts.length ? el("small", { class: "cellfacts" }, c.facts.map((f) => f.value).join(" · ")) : null]
         : ""))));
  document.getElementById("matrix").replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
}

function drawQuotes(groups) {
  document.getElementById("quotes").replaceChildren(...groups.map((g) =>
    el("div", { class: "speaker" }, el("h3", {}, `${g.speaker} (${g.quotes.length})`),
      el("ul", {}, g.quotes.map((q) => el("li", { class: q.direct ? "direct" : "indirect" },
        q.direct ? `“${q.quote}”` : q.quote, " ",
        el("span", { class: "meta" }, q.article_id)))))));
}

function drawDisagreements(items) {
  const list = document.getElementById("disagreements");
  if (!items.length) { list.replaceChildren(el("li", { class: "hint" }, "None found.")); return; }
  list.replaceChildren(...items.map((d) => el("li", {}, `${d.about} of ${d.event}: `,
    d.values.map((v) => `${v.value} (${v.article_ids.join(", ")})`).join(" vs "))));
}

// Why a report was joined to the others of its story event (types.EventMention).
function joinedBy(m) {
  if (m.likeness == null) return "";
  return ` · joined: ${Math.round(m.likeness * 100)}% alike to another report's sentence, ` +
    `${m.sides} of doer and recipient named alike`;
}

function drawArticle(id, selected) {
  const record = articles[id];
  const spans = record.removed.map((r) => ({ start: r.start, end: r.end, cls: "removed" }));
  for (const m of selected ? selected.mentions : []) {
    if (m.article_id !== id) continue;
    spans.push({ start: m.sentence_start, end: m.sentence_end, cls: "evidence",
                 title: selected.label + joinedBy(m), event: m.event_id });
    spans.push({ start: m.trigger_start, end: m.trigger_end, cls: "trigger" });
  }
  const box = document.querySelector(`[data-article="${CSS.escape(id)}"] .text`);
  box.replaceChildren(markedText(record.text, spans));
}

// The story events' places (map.js); a click on one selects its first event.
function drawStoryMap(events) {
  const box = document.getElementById("map");
  const points = placePoints(events, (e) => e.label);
  if (!points.length) { box.replaceChildren(el("p", { class: "hint" }, "No event names a place.")); return; }
  const first = (p) => events.find((e) => e.place && `${e.place.name}|${e.place.country}` === p.id);
  drawMap(box, points, { onSelect: (p) => select(first(p).story_event_id) });
}

function select(storyEventId) {
  const chosen = dossier.events.find((e) => e.story_event_id === storyEventId);
  document.querySelectorAll("#events .event, #timeline .point").forEach((node) =>
    node.classList.toggle("selected", node.dataset.id === storyEventId));
  for (const id of Object.keys(articles)) drawArticle(id, chosen);
  const first = document.querySelector("mark.evidence");
  if (first && !testMode()) first.scrollIntoView({ behavior: "smooth", block: "center" });
  document.body.dataset.selected = storyEventId;
}

async function loadArticles(sources) {
  const box = document.getElementById("articles");
  for (const s of sources) {
    articles[s.article_id] = await api("/api/articles/" + encodeURIComponent(s.article_id));
    box.append(el("article", { "data-article": s.article_id },
      el("h3", {}, el("a", { href: "/articles/" + encodeURIComponent(s.article_id) },
        s.title || s.article_id)),
      el("p", { class: "meta" }, `${s.outlet || "outlet unknown"} · ${s.published || "undated"}` +
        (s.published_source ? ` (${s.published_source})` : "") +
        (s.copy_of ? ` · copy of ${s.copy_of}` : ""),
        articles[s.article_id].url ? [" · ", sourceLink(articles[s.article_id].url)] : null),
      el("div", { class: "text" })));
    drawArticle(s.article_id, null);
  }
}

async function main() {
  const id = document.getElementById("story").dataset.story;
  dossier = await api("/api/stories/" + encodeURIComponent(id));
  const s = dossier.story;
  document.getElementById("title").textContent = s.title || s.id;
  document.getElementById("meta").textContent =
    `${storySpan(s, dossier.sources, dossier.events)} · ${dossier.sources.length} sources · actors: ` +
    s.actors.join(", ");
  eventList(dossier.events);
  drawTimeline(dossier.events);
  drawStoryMap(dossier.events);
  drawMatrix(dossier.matrix);
  drawQuotes(dossier.quotes);
  drawDisagreements(dossier.disagreements);
  await loadArticles(dossier.sources);
  // Test mode (?test): click the first event as a reader would, so a headless browser's DOM
  // dump shows the evidence highlighted.
  if (testMode()) document.querySelector("#events .event button")?.click();
  else if (location.hash) {  // /stories/{id}#{story event id}: the events page links here
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (dossier.events.some((e) => e.story_event_id === wanted)) select(wanted);
  }
  document.body.dataset.state = "ready";
}

main().catch(showError);
