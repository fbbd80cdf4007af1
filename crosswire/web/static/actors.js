// The actor list: /api/actors, searched by any of an actor's names or codes.
"use strict";

const q = new URLSearchParams(location.search).get("q") || "";
let nextCursor = null;

function actorCard(a) {
  const names = (a.names || []).filter((n) => n !== a.name);
  return el("li", { class: "card", "data-actor": a.actor_id },
    el("a", { href: "/actors/" + encodeURIComponent(a.actor_id) }, a.name || a.actor_id),
    el("span", { class: "meta" }, ` ${a.kind} · ${a.n_events} events (${a.as_source} as doer, ` +
      `${a.as_target} as target)`),
    el("div", { class: "chips" },
      (a.codes || []).map((c) => el("span", { class: "chip code" }, c)),
      names.map((n) => el("span", { class: "chip" }, n))));
}

async function load(append) {
  const params = new URLSearchParams({ limit: "100" });
  if (q) params.set("q", q);
  if (append && nextCursor) params.set("cursor", nextCursor);
  const page = await api("/api/actors?" + params);
  const list = document.getElementById("actors");
  if (!append) list.replaceChildren();
  if (!page.items.length && !append) list.append(el("li", { class: "hint" }, `No actor is named “${q}”.`));
  list.append(...page.items.map(actorCard));
  nextCursor = page.next_cursor;
  document.getElementById("more").hidden = !nextCursor;
}

document.getElementById("search").elements.q.value = q;
document.getElementById("more").addEventListener("click", () => load(true).catch(showError));
load(false).then(() => { document.body.dataset.state = "ready"; }).catch(showError);
