// The actor-pair page: counts, Goldstein and PLOVER means per interval from
// /api/pairs/{a}/{b}/series, and the events themselves from /api/events, drawn as plain SVG
// (charts.js's svgNode) as wide as the page, so nothing is clipped on a phone.
"use strict";

const box = document.getElementById("pair");
const [A, B] = [box.dataset.a, box.dataset.b];
const form = document.getElementById("options");
const QUADS = { 1: ["verbal cooperation", "#6fb36f"], 2: ["material cooperation", "#1b7f3b"],
                3: ["verbal conflict", "#e0a040"], 4: ["material conflict", "#c0392b"] };
// Empty periods between the first and the last are drawn too (a quiet month is news), unless
// that makes more slots than a phone can show as bars of a few pixels; then only periods with
// events are drawn, and the hint says so.
const MAX_SLOTS = 60;
const EVENTS_DRAWN = 1000;  // the API's largest page: one request for the chart's dots
const EVENTS_LISTED = 100;

// The period of a dated event as the series counts it (api_queries.INTERVALS): a day, the
// Monday of its week, or the first of its month; null for a date coarser than the interval.
function periodOf(e, interval) {
  const day = dayOf(e.date);
  const precision = e.date_precision;
  if (!day || !(precision === "day" || (interval === "month" && precision === "month"))) return null;
  if (interval === "day") return day;
  if (interval === "month") return day.slice(0, 8) + "01";
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function nextPeriod(period, interval) {
  const d = new Date(period + "T00:00:00Z");
  if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

function slotsOf(buckets, interval) {
  const have = buckets.map((b) => b.period);
  if (!have.length) return { slots: [], filled: true };
  const slots = [have[0]];
  while (slots.length <= MAX_SLOTS && slots[slots.length - 1] < have[have.length - 1]) {
    slots.push(nextPeriod(slots[slots.length - 1], interval));
  }
  return slots.length <= MAX_SLOTS ? { slots, filled: true } : { slots: have, filled: false };
}

function periodLabel(period, interval) {
  return interval === "month" ? period.slice(0, 7) : period;
}

function keyOf(name, swatch) {
  return el("span", { class: "key" }, swatch, ` ${name}`);
}

// Two panels over the same periods: the count of events as bars, then each event as a dot at
// its Goldstein score (-10 conflict … +10 cooperation) with the period means as lines.
function drawChart(s, events) {
  const chart = document.getElementById("series");
  const { slots, filled } = slotsOf(s.buckets, s.interval);
  if (!slots.length) {
    chart.replaceChildren(el("p", { class: "hint" }, "No dated event between these two actors."));
    return;
  }
  const width = Math.max(chart.clientWidth, 240);
  const m = { l: 30, r: 8 };
  const bars = { top: 28, h: 76 }, scores = { top: 128, h: 150 };
  const height = scores.top + scores.h + 22;
  const slot = (width - m.l - m.r) / slots.length;
  const xOf = (i) => m.l + i * slot;
  const byPeriod = new Map(s.buckets.map((b) => [b.period, b]));
  const most = Math.max(1, ...s.buckets.map((b) => b.count));
  const yCount = (v) => bars.top + bars.h - (v / most) * bars.h;
  const yScore = (v) => scores.top + scores.h / 2 - (v / 10) * (scores.h / 2);
  const svg = svgNode("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img",
                               class: "pairchart", "aria-label": "events and scores per period" });
  svg.append(
    svgNode("text", { x: 0, y: 10, class: "tick" }, `events per ${s.interval}`),
    svgNode("line", { x1: m.l, x2: width - m.r, y1: yCount(0), y2: yCount(0), class: "axis" }),
    svgNode("text", { x: 0, y: scores.top - 6, class: "tick" }, "Goldstein score of each event"));
  for (const v of [10, 5, 0, -5, -10]) {
    svg.append(svgNode("line", { x1: m.l, x2: width - m.r, y1: yScore(v), y2: yScore(v),
                                 class: v === 0 ? "axis" : "grid" }),
      svgNode("text", { x: m.l - 4, y: yScore(v) + 3, "text-anchor": "end", class: "tick" },
        v > 0 ? `+${v}` : String(v)));
  }
  const every = Math.ceil(80 / slot);  // one x label per ~80 px
  slots.forEach((period, i) => {
    const b = byPeriod.get(period);
    if (b) {
      const w = Math.max(1, slot * 0.7);
      svg.append(svgNode("rect", { x: xOf(i) + (slot - w) / 2, y: yCount(b.count), width: w,
                                   height: Math.max(1, yCount(0) - yCount(b.count)),
                                   class: "count", "data-period": period, "data-value": b.count },
        svgNode("title", {}, `${periodLabel(period, s.interval)}: ${b.count} events`)));
      if (slot >= 12) {
        svg.append(svgNode("text", { x: xOf(i) + slot / 2, y: yCount(b.count) - 3,
                                     "text-anchor": "middle", class: "value" }, String(b.count)));
      }
    }
    if (i % every === 0) {
      // the last label ends at the right edge, the first starts at the left: none cut off
      const anchor = i === 0 ? "start" : (i + every >= slots.length ? "end" : "middle");
      const tx = anchor === "start" ? xOf(i) : (anchor === "end" ? xOf(i + 1) : xOf(i) + slot / 2);
      svg.append(svgNode("text", { x: tx, y: height - 6, "text-anchor": anchor, class: "tick" },
        periodLabel(period, s.interval)));
    }
  });
  // the period means under the dots: a line through the periods, a tick across each
  for (const [field, cls] of [["goldstein_mean", "mean goldstein"], ["plover_score_mean", "mean plover"]]) {
    const points = slots.map((p, i) => [i, byPeriod.get(p)?.[field]])
      .filter(([, v]) => v !== null && v !== undefined);
    svg.append(svgNode("polyline", { class: cls, fill: "none",
      points: points.map(([i, v]) => `${xOf(i) + slot / 2},${yScore(v)}`).join(" ") }));
    for (const [i, v] of points) {
      svg.append(svgNode("line", { class: cls, x1: xOf(i) + slot * 0.1, x2: xOf(i) + slot * 0.9,
                                   y1: yScore(v), y2: yScore(v) },
        svgNode("title", {}, `${periodLabel(slots[i], s.interval)}: ${field.replace(/_/g, " ")} ${v}`)));
    }
  }
  const index = new Map(slots.map((p, i) => [p, i]));
  const inSlot = new Map();
  for (const e of events) {
    const i = index.get(periodOf(e, s.interval));
    if (i === undefined || e.goldstein === null || e.goldstein === undefined) continue;
    if (!inSlot.has(i)) inSlot.set(i, []);
    inSlot.get(i).push(e);
  }
  const r = Math.max(2, Math.min(4.5, slot / 5));
  for (const [i, group] of inSlot) {
    group.sort((x, y) => dayOf(x.date).localeCompare(dayOf(y.date)));  // earliest on the left
    group.forEach((e, k) => {
      const x = xOf(i) + slot * (0.2 + (0.6 * (k + 0.5)) / group.length);
      const [quad, colour] = QUADS[e.quad] || ["", "#777"];
      svg.append(svgNode("a", { href: `/articles/${encodeURIComponent(e.article_id)}#ev-${e.event_id}`,
                                class: "dot", "data-event": e.event_id },
        svgNode("circle", { cx: x, cy: yScore(e.goldstein), r, fill: colour },
          svgNode("title", {}, `${e.date} · ${e.source_name || e.source_code} → ` +
            `${e.target_name || e.target_code}: ${e.plover} (${e.cameo}), Goldstein ${e.goldstein}, ${quad}`))));
    });
  }
  const legend = el("p", { class: "legend" },
    keyOf("events", el("i", { class: "swatch count" })),
    keyOf("Goldstein mean", el("i", { class: "swatch goldstein" })),
    keyOf("PLOVER score mean", el("i", { class: "swatch plover" })),
    Object.values(QUADS).map(([name, colour]) => keyOf(name, el("i", { class: "dotkey", style: `background:${colour}` }))));
  chart.replaceChildren(legend, svg);
  if (!filled) chart.append(el("p", { class: "hint" }, "Only periods with events are drawn."));
}

function drawTable(s) {
  document.getElementById("summary").textContent =
    `${s.buckets.reduce((n, b) => n + b.count, 0)} dated events in ${s.buckets.length} ` +
    `${s.interval}(s); ${s.left_out} left out (undated, or dated less precisely than a ${s.interval}).`;
  const head = el("tr", {}, ["period", "events", "Goldstein mean", "PLOVER mean", "sources"].map((h) => el("th", {}, h)));
  const rows = s.buckets.map((b) => el("tr", {}, [periodLabel(b.period, s.interval), b.count,
    b.goldstein_mean, b.plover_score_mean ?? "–", b.independent_sources].map((v) => el("td", {}, String(v)))));
  document.getElementById("buckets").replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
}

function eventItem(e) {
  return el("li", { class: "event" }, `${e.date || "undated"} · `,
    actorLink(e.source_name, e.source_code, e.source_name || e.source_text), " → ",
    actorLink(e.target_name, e.target_code, e.target_name || e.target_text),
    `: ${e.plover} (${e.cameo}), ${e.modality}, Goldstein ${e.goldstein} · `,
    el("a", { href: `/articles/${encodeURIComponent(e.article_id)}#ev-${e.event_id}` }, e.outlet || e.article_id),
    e.story_id ? [" · ", el("a", { href: "/stories/" + encodeURIComponent(e.story_id) }, "story")] : null);
}

// The heading names the two actors as their events do, each linked to its page.
function drawHeading(events) {
  const nameOf = (id) => {
    const e = events.find((x) => x.source_actor_id === id || x.target_actor_id === id);
    if (!e) return id;
    return (e.source_actor_id === id ? e.source_name || e.source_code : e.target_name || e.target_code) || id;
  };
  const link = (id) => el("a", { href: "/actors/" + encodeURIComponent(id) }, nameOf(id));
  document.getElementById("title").replaceChildren(link(A), " – ", link(B));
}

async function load() {
  const interval = form.elements.interval.value;
  const directed = form.elements.directed.checked;
  const path = `/api/pairs/${encodeURIComponent(A)}/${encodeURIComponent(B)}/series`;
  const params = new URLSearchParams({ pair: `${A},${B}`, limit: String(EVENTS_DRAWN) });
  if (directed) params.set("directed", "true");
  const [s, page] = await Promise.all([api(`${path}?interval=${interval}&directed=${directed}`),
                                       api("/api/events?" + params)]);
  const events = page.items.slice().sort((x, y) => (dayOf(y.date) || "").localeCompare(dayOf(x.date) || ""));
  drawHeading(events);
  drawChart(s, events);
  drawTable(s);
  document.getElementById("pairevents").replaceChildren(...events.slice(0, EVENTS_LISTED).map(eventItem));
  const all = document.getElementById("allevents");
  all.href = "/events?" + new URLSearchParams({ pair: `${A},${B}` });
  all.textContent = page.next_cursor || events.length > EVENTS_LISTED
    ? `The latest ${Math.min(events.length, EVENTS_LISTED)} are listed; all of them on the events page`
    : "These events on the events page";
  document.body.dataset.state = "ready";
}

// ?interval=week&directed=true opens the page so (a link can be kept); a change is written back.
const query = new URLSearchParams(location.search);
if (["day", "week", "month"].includes(query.get("interval"))) form.elements.interval.value = query.get("interval");
form.elements.directed.checked = query.get("directed") === "true";
form.addEventListener("change", () => {
  const chosen = new URLSearchParams({ interval: form.elements.interval.value });
  if (form.elements.directed.checked) chosen.set("directed", "true");
  history.replaceState(null, "", "?" + chosen);
  load().catch(showError);
});
load().catch(showError);
