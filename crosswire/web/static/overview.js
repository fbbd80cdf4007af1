// The overview: /api/overview (events per day by quad class, busiest pairs, the week's stories).
"use strict";

const QUAD_COLOURS = { 1: "#6fb36f", 2: "#1b7f3b", 3: "#e0a040", 4: "#c0392b" };

async function main() {
  const o = await api("/api/overview");
  if (!o.date_to) {
    document.getElementById("meta").textContent = "The store has no dated article yet.";
    document.body.dataset.state = "ready";
    return;
  }
  document.getElementById("meta").textContent =
    `${o.date_from} – ${o.date_to}: the ${o.days.length} days up to the newest article.`;
  const series = Object.entries(o.quad_names).map(([q, name]) => ({
    name, color: QUAD_COLOURS[q], values: o.days.map((d) => d["q" + q]) }));
  barChart(document.getElementById("perday"), o.days.map((d) => d.day), series,
    { label: (d) => d.slice(5) });
  document.getElementById("outside").textContent =
    `${o.outside} other event(s): undated, dated to a month or a year only, or outside these days.`;
  const head = el("tr", {}, ["pair", "events", "mean Goldstein", ""].map((h) => el("th", {}, h)));
  document.getElementById("pairs").replaceChildren(el("thead", {}, head), el("tbody", {},
    o.pairs.map((p) => el("tr", {},
      el("td", {}, el("a", { href: "/actors/" + encodeURIComponent(p.a) }, p.a_name), " – ",
        el("a", { href: "/actors/" + encodeURIComponent(p.b) }, p.b_name)),
      el("td", {}, String(p.n)), el("td", {}, String(p.goldstein_mean)),
      el("td", {}, el("a", { href: `/pairs/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}` }, "over time"),
        " · ", el("a", { href: `/events?pair=${encodeURIComponent(p.a + "," + p.b)}` }, "events"))))));
  const list = document.getElementById("stories");
  list.replaceChildren(...(o.stories.length ? o.stories.map((s) => el("li", { class: "card" },
    el("a", { href: "/stories/" + encodeURIComponent(s.story_id) }, s.title || s.story_id),
    el("div", { class: "meta" }, `${s.start || "?"} – ${s.end || "?"} · ${s.n_articles} articles · ${s.n_events} events`)))
    : [el("li", { class: "hint" }, "No story this week.")]));
  document.body.dataset.state = "ready";
}

main().catch(showError);
