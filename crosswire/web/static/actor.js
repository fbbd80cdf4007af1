// An actor's page: /api/actors/{id} (names, codes, series, counterparts, quotes) and its latest
// events from /api/events/table.
"use strict";

const wanted = document.getElementById("actor").dataset.actor;
const code = new URLSearchParams(location.search).get("code");

function table(id, head, rows) {
  document.getElementById(id).replaceChildren(el("thead", {}, el("tr", {}, head.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c))))));
}

function eventItem(e, me) {
  const doer = e.source_actor_id === me ? "▶ as doer" : "◀ as target";
  const other = e.source_actor_id === me ? ["target", e.target_name || e.target_text, e.target_actor_id]
                                         : ["source", e.source_name || e.source_text, e.source_actor_id];
  return el("li", { class: "event" }, `${e.date || "undated"} · ${doer} · ${e.plover} (${e.cameo}) · `,
    other[2] ? el("a", { href: "/actors/" + encodeURIComponent(other[2]) }, other[1]) : (other[1] || "–"),
    el("div", { class: "sentence" }, e.sentence),
    el("span", { class: "meta" }, `${e.modality} · confidence ${e.confidence.toFixed(2)} · `,
      el("a", { href: `/articles/${encodeURIComponent(e.article_id)}#ev-${e.event_id}` }, e.outlet || "article"),
      e.story_id ? [" · ", el("a", { href: "/stories/" + encodeURIComponent(e.story_id) }, "story")] : null,
      e.url ? [" · ", sourceLink(e.url)] : null));
}

async function main() {
  const p = await api(`/api/actors/${encodeURIComponent(wanted)}` + (code ? `?code=${encodeURIComponent(code)}` : ""));
  const a = p.actor, me = a.actor_id;
  document.title = `${a.name} · crosswire`;
  document.getElementById("name").textContent = a.name;
  document.getElementById("meta").textContent =
    `${me} · ${a.kind} · ${a.n_events} events: ${a.as_source} as doer, ${a.as_target} as target`;
  document.getElementById("names").replaceChildren("Named: ",
    ...(a.names.length ? a.names : ["(by code only)"]).map((n) => el("span", { class: "chip" }, n)));
  table("codes", ["code", "first seen", "last seen", "events"],
    p.codes.map((c) => [c.code, c.first || "undated", c.last || "undated", String(c.n)]));
  const s = p.series;
  barChart(document.getElementById("series"), s.map((b) => b.period), [
    { name: "as doer", color: "#3b6ea5", values: s.map((b) => b.as_source) },
    { name: "as target", color: "#c98a00", values: s.map((b) => b.as_target) },
  ], { stacked: false });
  if (p.undated) document.getElementById("series").append(el("p", { class: "hint" }, `${p.undated} undated event(s) not drawn.`));
  table("counterparts", ["actor", "events", "as doer", "as target", ""], p.counterparts.map((c) => [
    el("a", { href: "/actors/" + encodeURIComponent(c.actor_id) }, c.name), String(c.n),
    String(c.as_source), String(c.as_target),
    el("a", { href: `/pairs/${encodeURIComponent(me)}/${encodeURIComponent(c.actor_id)}` }, "pair")]));
  document.getElementById("quotes").replaceChildren(...(p.quotes.length ? p.quotes.map((q) => el("li", {},
    q.direct ? `“${q.quote}”` : q.quote, " ",
    el("span", { class: "meta" }, `${q.date || "undated"} · `,
      el("a", { href: "/articles/" + encodeURIComponent(q.article_id) }, q.outlet || q.title || q.article_id),
      q.url ? [" · ", sourceLink(q.url)] : null)))
    : [el("li", { class: "hint" }, "No quote is attributed to this actor.")]));
  const events = await api(`/api/events/table?actor=${encodeURIComponent(me)}&sort=date&order=desc&limit=20`);
  document.getElementById("events").replaceChildren(...events.items.map((e) => eventItem(e, me)));
  document.getElementById("allevents").href = "/events?actor=" + encodeURIComponent(me);
  document.body.dataset.state = "ready";
}

main().catch(showError);
