// The actor-pair page: counts, Goldstein and PLOVER means per interval from
// /api/pairs/{a}/{b}/series, and the events themselves from /api/events.
"use strict";

const box = document.getElementById("pair");
const [A, B] = [box.dataset.a, box.dataset.b];
const form = document.getElementById("options");

function drawSeries(s) {
  const x = s.buckets.map((b) => b.period);
  const traces = [
    { type: "bar", name: "events", x, y: s.buckets.map((b) => b.count), marker: { color: "#9db4d0" },
      width: x.map(() => 0.8 * { day: 1, week: 7, month: 30 }[s.interval] * 86400000) },
    { type: "scatter", mode: "lines+markers", name: "Goldstein mean", x, yaxis: "y2",
      y: s.buckets.map((b) => b.goldstein_mean), line: { color: "#c0392b" } },
    { type: "scatter", mode: "lines+markers", name: "PLOVER score mean", x, yaxis: "y2",
      y: s.buckets.map((b) => b.plover_score_mean), line: { color: "#1b7f3b", dash: "dot" } },
  ];
  // A few buckets: pad the axis by a bucket each side, else plotly zooms to milliseconds.
  const pad = { day: 1, week: 7, month: 31 }[s.interval] * 86400000;
  const times = x.map((d) => Date.parse(d));
  const range = times.length ? [Math.min(...times) - pad, Math.max(...times) + pad] : undefined;
  const layout = {
    margin: { l: 40, r: 40, t: 10, b: 40 }, height: 340, legend: { orientation: "h" },
    width: document.getElementById("series").clientWidth,
    xaxis: { type: "date", range: range && range.map((t) => new Date(t).toISOString().slice(0, 10)) }, yaxis: { title: { text: "events" }, rangemode: "tozero" },
    yaxis2: { overlaying: "y", side: "right", range: [-10, 10], dtick: 5, title: { text: "score" } },
  };
  Plotly.newPlot("series", traces, layout, PLOT_CONFIG);
  document.getElementById("summary").textContent =
    `${s.buckets.reduce((n, b) => n + b.count, 0)} dated events in ${s.buckets.length} ` +
    `${s.interval}(s); ${s.left_out} left out (undated, or dated less precisely than a ${s.interval}).`;
  const head = el("tr", {}, ["period", "events", "Goldstein", "PLOVER", "sources"].map((h) => el("th", {}, h)));
  const rows = s.buckets.map((b) => el("tr", {}, [b.period, b.count, b.goldstein_mean,
    b.plover_score_mean ?? "–", b.independent_sources].map((v) => el("td", {}, String(v)))));
  document.getElementById("buckets").replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
}

async function drawEvents(directed) {
  const params = new URLSearchParams({ pair: `${A},${B}`, limit: "100" });
  if (directed) params.set("directed", "true");
  const page = await api("/api/events?" + params);
  document.getElementById("pairevents").replaceChildren(...page.items.map((e) =>
    el("li", { class: "event" }, `${e.date || "undated"} · ${e.source_name || e.source_code} → ` +
      `${e.target_name || e.target_code}: ${e.plover} (${e.cameo}), ${e.modality} · `,
      el("a", { href: "/articles/" + encodeURIComponent(e.article_id) }, e.outlet || e.article_id))));
}

async function load() {
  const interval = form.elements.interval.value;
  const directed = form.elements.directed.checked;
  const path = `/api/pairs/${encodeURIComponent(A)}/${encodeURIComponent(B)}/series`;
  drawSeries(await api(`${path}?interval=${interval}&directed=${directed}`));
  await drawEvents(directed);
  document.body.dataset.state = "ready";
}

form.addEventListener("change", () => load().catch(showError));
load().catch(showError);
