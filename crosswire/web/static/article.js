// The article page: its text with entities, quotes, time expressions and event sentences
// marked, from /api/articles/{id}.
"use strict";

async function main() {
  const id = document.getElementById("article").dataset.article;
  const a = await api("/api/articles/" + encodeURIComponent(id));
  document.getElementById("title").textContent = a.title || a.id;
  document.getElementById("meta").replaceChildren(el("span", {},
    `${a.outlet || "outlet unknown"} · ${a.published || "undated"}` +
    (a.published_source ? ` (${a.published_source})` : "") + (a.origin ? ` · wire: ${a.origin}` : "") +
    (a.political != null ? ` · political news ${a.political}` : ""),
    a.story_ids.flatMap((id) => [" · ", el("a", { href: "/stories/" + encodeURIComponent(id) }, "story")]),
    a.url ? [" · ", sourceLink(a.url)] : null));
  const spans = [
    ...a.removed.map((r) => ({ start: r.start, end: r.end, cls: "removed", title: r.reason })),
    ...a.entities.map((e) => ({ start: e.start, end: e.end, cls: "ent",
                                title: `${e.type} ${e.canonical || ""} ${e.code || ""}` })),
    ...a.quotes.map((q) => ({ start: q.start, end: q.end, cls: "quote", title: q.speaker || "?" })),
    ...a.timexes.map((t) => ({ start: t.start, end: t.end, cls: "timex", title: t.value })),
    ...a.events.map((e) => ({ start: e.sentence_start, end: e.sentence_end, cls: "evt",
                              title: `${e.plover} (${e.cameo})`, event: e.event_id })),
  ];
  document.getElementById("text").replaceChildren(markedText(a.text, spans));
  const side = (s) => (s ? actorLink(s.name, s.code, s.name || s.text) : null);
  document.getElementById("artevents").replaceChildren(...a.events.map((e) => el("li", { id: "ev-" + e.event_id },
    side(e.source) || "(doer not named)", " → ", side(e.target) || "–",
    `: ${e.plover} (${e.cameo}) · ${e.date || "undated"} · ${e.modality} · confidence ${e.confidence}`)));
  if (location.hash) document.getElementById(location.hash.slice(1))?.classList.add("selected");
  document.getElementById("artquotes").replaceChildren(...a.quotes.map((q) =>
    el("li", {}, `${q.speaker || "(unattributed)"}: ${q.direct ? "“" + q.quote + "”" : q.quote}`)));
  document.body.dataset.state = "ready";
}

main().catch(showError);
