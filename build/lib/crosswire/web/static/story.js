// The story page: timeline, source × fact matrix, quotes, differences and the articles with
// each event's evidence sentences highlighted. All of it from /api/stories/{id}.
"use strict";

const STATUS_COLOUR = { corroborated: "#1b7f3b", "single-source": "#c98a00", conflicting: "#c0392b" };
const articles = {};  // article id → its record from /api/articles/{id}
let dossier = null;

function drawTimeline(events) {
  const dated = events.filter((e) => dayOf(e.date));
  const box = document.getElementById("timeline");
  if (!dated.length) { box.replaceChildren(el("p", { class: "hint" }, "No dated event.")); return; }
  const trace = {
    type: "scatter", mode: "markers",
    x: dated.map((e) => dayOf(e.date)),
    y: dated.map((e) => e.plover || e.cameo),
    text: dated.map((e) => `${e.label}<br>${e.date} · ${e.modality} · ` +
      `${e.independent_sources.length} independent source(s)`),
    hoverinfo: "text",
    customdata: dated.map((e) => e.story_event_id),
    marker: { size: dated.map((e) => 10 + 4 * Math.min(e.n_mentions, 5)),
              color: dated.map((e) => STATUS_COLOUR[e.status] || "#555"), opacity: 0.8 },
  };
  const layout = { margin: { l: 90, r: 10, t: 10, b: 40 }, height: 300, width: box.clientWidth,
                   xaxis: { type: "date" }, yaxis: { automargin: true } };
  Plotly.newPlot(box, [trace], layout, PLOT_CONFIG);
  box.on("plotly_click", (data) => select(data.points[0].customdata));
}

function eventList(events) {
  document.getElementById("events").replaceChildren(...events.map((e, i) =>
    el("li", { class: "event", "data-id": e.story_event_id },
      el("button", { type: "button", onclick: () => select(e.story_event_id) },
        el("span", { class: "fact" }, `F${i + 1}`), " ", e.label),
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
    }, c ? (c.status === "conflicting" ? "≠" : "●") : ""))));
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

function drawArticle(id, selected) {
  const record = articles[id];
  const spans = record.removed.map((r) => ({ start: r.start, end: r.end, cls: "removed" }));
  for (const m of selected ? selected.mentions : []) {
    if (m.article_id !== id) continue;
    spans.push({ start: m.sentence_start, end: m.sentence_end, cls: "evidence",
                 title: selected.label, event: m.event_id });
    spans.push({ start: m.trigger_start, end: m.trigger_end, cls: "trigger" });
  }
  const box = document.querySelector(`[data-article="${CSS.escape(id)}"] .text`);
  box.replaceChildren(markedText(record.text, spans));
}

function select(storyEventId) {
  const chosen = dossier.events.find((e) => e.story_event_id === storyEventId);
  document.querySelectorAll("#events .event").forEach((li) =>
    li.classList.toggle("selected", li.dataset.id === storyEventId));
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
        (s.copy_of ? ` · copy of ${s.copy_of}` : "")),
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
    `${s.start || "?"} – ${s.end || "?"} · ${dossier.sources.length} sources · actors: ` +
    s.actors.join(", ");
  eventList(dossier.events);
  drawTimeline(dossier.events);
  drawMatrix(dossier.matrix);
  drawQuotes(dossier.quotes);
  drawDisagreements(dossier.disagreements);
  await loadArticles(dossier.sources);
  // Test mode (?test): click the first event as a reader would, so a headless browser's DOM
  // dump shows the evidence highlighted.
  if (testMode()) document.querySelector("#events .event button")?.click();
  document.body.dataset.state = "ready";
}

main().catch(showError);
