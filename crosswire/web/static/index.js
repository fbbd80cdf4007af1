// The story list: search and paging over /api/stories; the actor-pair picker over /api/actors.
"use strict";

let nextCursor = null;

function storyCard(s) {
  return el("li", { class: "card" },
    el("a", { href: "/stories/" + encodeURIComponent(s.story_id) }, s.title || s.story_id),
    el("div", { class: "meta" },
      `${s.start || "?"} – ${s.end || "?"} · ${s.n_articles} articles · ${s.n_events} events`),
    el("div", { class: "chips" }, (s.actors || []).map((a) =>
      el("a", { class: "chip", href: "/actors/" + encodeURIComponent(a) }, a))));
}

async function loadStories(append) {
  const form = new FormData(document.getElementById("search"));
  const params = new URLSearchParams();
  for (const [k, v] of form) if (v) params.set(k, v);
  if (append && nextCursor) params.set("cursor", nextCursor);
  const page = await api("/api/stories?" + params);
  const list = document.getElementById("stories");
  if (!append) list.replaceChildren();
  if (!page.items.length && !append) list.append(el("li", { class: "hint" }, "No story matches."));
  list.append(...page.items.map(storyCard));
  nextCursor = page.next_cursor;
  document.getElementById("more").hidden = !nextCursor;
}

async function loadActors() {
  const page = await api("/api/actors?limit=200");
  const form = document.getElementById("pairform");
  for (const [i, name] of [[0, "a"], [1, "b"]]) {
    const select = form.elements[name];
    for (const a of page.items) {
      // names, codes or name may be null in a store written by an older version: never crash
      const codes = (a.codes || []).filter(Boolean);
      const label = `${a.name || (a.names || [])[0] || a.actor_id}` +
        (codes.length ? ` (${codes.join(", ")})` : "");
      select.append(el("option", { value: a.actor_id, title: label }, label));
    }
    if (page.items[i]) select.value = page.items[i].actor_id;
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const [a, b] = [form.elements.a.value, form.elements.b.value];
    location.href = `/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  });
}

document.getElementById("search").addEventListener("submit", (e) => {
  e.preventDefault();
  loadStories(false).catch(showError);
});
document.getElementById("more").addEventListener("click", () => loadStories(true).catch(showError));
Promise.all([loadStories(false), loadActors()])
  .then(() => { document.body.dataset.state = "ready"; })
  .catch(showError);
