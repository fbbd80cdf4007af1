// The network of actor pairs from /api/network, drawn as plain SVG: actors on a circle (the
// busiest first), then a few rounds of spring layout so linked actors come closer.
"use strict";

const query = new URLSearchParams(location.search);

function goldsteinColour(g) {
  // -10 (conflict, red) … +10 (cooperation, green), grey around 0
  const t = Math.max(-1, Math.min(1, g / 6));
  return t < 0 ? `rgb(${150 + 50 * -t},${120 - 70 * -t},${110 - 70 * -t})`
               : `rgb(${120 - 90 * t},${130 + 20 * t},${110 - 50 * t})`;
}

function layout(nodes, edges, w, h) {
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n.actor_id, { x: w / 2 + (w / 2 - 60) * Math.cos(a), y: h / 2 + (h / 2 - 40) * Math.sin(a) }];
  }));
  const k = Math.sqrt((w * h) / Math.max(nodes.length, 1)) * 0.6;
  for (let round = 0; round < 150; round++) {
    const step = 8 * (1 - round / 150);
    const move = new Map(nodes.map((n) => [n.actor_id, { x: 0, y: 0 }]));
    // Fruchterman–Reingold: every two actors push apart (k²/d), linked ones pull together (d²/k)
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const p = pos.get(a.actor_id), q = pos.get(b.actor_id);
      const dx = p.x - q.x, dy = p.y - q.y, d = Math.max(Math.hypot(dx, dy), 1), f = (k * k) / d;
      move.get(a.actor_id).x += (dx / d) * f; move.get(a.actor_id).y += (dy / d) * f;
    }
    for (const e of edges) {
      const p = pos.get(e.a), q = pos.get(e.b);
      const dx = p.x - q.x, dy = p.y - q.y, d = Math.max(Math.hypot(dx, dy), 1), f = (d * d) / k;
      move.get(e.a).x -= (dx / d) * f; move.get(e.a).y -= (dy / d) * f;
      move.get(e.b).x += (dx / d) * f; move.get(e.b).y += (dy / d) * f;
    }
    for (const n of nodes) {
      const p = pos.get(n.actor_id), m = move.get(n.actor_id), len = Math.max(Math.hypot(m.x, m.y), 1e-9);
      p.x = Math.max(50, Math.min(w - 50, p.x + (m.x / len) * Math.min(step, len)));
      p.y = Math.max(24, Math.min(h - 24, p.y + (m.y / len) * Math.min(step, len)));
    }
  }
  return pos;
}

function draw(net) {
  const box = document.getElementById("graph");
  if (!net.nodes.length) { box.replaceChildren(el("p", { class: "hint" }, "No pair of actors.")); return; }
  const w = Math.max(box.clientWidth, 300), h = Math.min(Math.max(w * 0.7, 320), 560);
  const pos = layout(net.nodes, net.edges, w, h);
  const most = Math.max(...net.edges.map((e) => e.n));
  const mostN = Math.max(...net.nodes.map((n) => n.n));
  const svg = svgNode("svg", { viewBox: `0 0 ${w} ${h}`, width: "100%", class: "network", role: "img" });
  for (const e of net.edges) {
    const p = pos.get(e.a), q = pos.get(e.b);
    svg.append(svgNode("a", { href: `/pairs/${encodeURIComponent(e.a)}/${encodeURIComponent(e.b)}`, class: "edge" },
      svgNode("line", { x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: goldsteinColour(e.goldstein_mean),
                     "stroke-width": 1.5 + 6 * Math.sqrt(e.n / most) },
        svgNode("title", {}, `${e.a_name} – ${e.b_name}: ${e.n} events, mean Goldstein ${e.goldstein_mean}`)),
      svgNode("text", { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 - 3, "text-anchor": "middle", class: "value" }, String(e.n))));
  }
  for (const n of net.nodes) {
    const p = pos.get(n.actor_id);
    svg.append(svgNode("a", { href: "/actors/" + encodeURIComponent(n.actor_id), class: "node", "data-actor": n.actor_id },
      svgNode("circle", { cx: p.x, cy: p.y, r: 5 + 9 * Math.sqrt(n.n / mostN) }),
      svgNode("text", { x: p.x, y: p.y - 12 - 9 * Math.sqrt(n.n / mostN), "text-anchor": "middle", class: "label" }, n.name)));
  }
  box.replaceChildren(svg);
}

function edgeTable(net) {
  const head = el("tr", {}, ["pair", "events", "mean Goldstein"].map((h) => el("th", {}, h)));
  document.getElementById("edges").replaceChildren(el("thead", {}, head), el("tbody", {}, net.edges.map((e) =>
    el("tr", {}, el("td", {}, el("a", { href: `/pairs/${encodeURIComponent(e.a)}/${encodeURIComponent(e.b)}` },
      `${e.a_name} – ${e.b_name}`)), el("td", {}, String(e.n)), el("td", {}, String(e.goldstein_mean))))));
}

async function main() {
  const form = document.getElementById("options");
  const params = new URLSearchParams();
  for (const [k, v] of query) if (v && form.elements[k]) { params.set(k, v); form.elements[k].value = v; }
  const net = await api("/api/network?" + params);
  draw(net);
  edgeTable(net);
  document.getElementById("meta").textContent = `${net.nodes.length} actors, ${net.edges.length} pairs` +
    (net.left_out ? `; ${net.left_out} quieter pairs left out.` : ".");
  document.body.dataset.state = "ready";
}

main().catch(showError);
