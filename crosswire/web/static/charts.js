// Plain SVG charts drawn in the page (no library): bars per category, stacked or side by side,
// with each bar's value written on it so nothing needs a hover to be read.
"use strict";

const CHART_NS = "http://www.w3.org/2000/svg";  // map.js has its own SVG_NS and svgEl

function svgNode(tag, attrs, ...children) {
  const node = document.createElementNS(CHART_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

// A legend of coloured keys, with each series' total: the values without a hover.
function legend(series) {
  return el("p", { class: "legend" }, series.map((s) => el("span", { class: "key" },
    el("i", { style: `background:${s.color}` }), ` ${s.name}: ${s.values.reduce((a, b) => a + b, 0)}`)));
}

// Bars over `categories` (x labels); `series` = [{name, color, values}]. Stacked bars write
// their total on top, grouped bars each value. The SVG is as wide as `box` (no clipping on a
// phone); labels are thinned out to fit.
function barChart(box, categories, series, { stacked = true, height = 220, label = (c) => c } = {}) {
  const width = Math.max(box.clientWidth, 200);
  const m = { l: 28, r: 6, t: 16, b: 34 };
  const plotW = width - m.l - m.r, plotH = height - m.t - m.b;
  const n = Math.max(categories.length, 1);
  const slot = plotW / n;
  const totals = categories.map((_, i) => series.reduce((a, s) => a + s.values[i], 0));
  const top = Math.max(1, ...(stacked ? totals : series.flatMap((s) => s.values)));
  const y = (v) => m.t + plotH - (v / top) * plotH;
  const svg = svgNode("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img",
                            class: "bars" });
  svg.append(svgNode("line", { x1: m.l, x2: width - m.r, y1: y(0), y2: y(0), class: "axis" }),
    svgNode("text", { x: m.l - 4, y: y(top) + 4, "text-anchor": "end", class: "tick" }, String(top)),
    svgNode("text", { x: m.l - 4, y: y(0), "text-anchor": "end", class: "tick" }, "0"));
  const every = Math.ceil(70 / slot);  // one x label per ~70 px
  categories.forEach((c, i) => {
    const x0 = m.l + i * slot;
    const barW = Math.max(1, slot * 0.8 / (stacked ? 1 : series.length));
    let base = 0;
    series.forEach((s, k) => {
      const v = s.values[i];
      if (!v) return;
      const x = x0 + slot * 0.1 + (stacked ? 0 : k * barW);
      const [y1, y2] = stacked ? [y(base + v), y(base)] : [y(v), y(0)];
      svg.append(svgNode("rect", { x, y: y1, width: barW, height: Math.max(1, y2 - y1),
                                fill: s.color, "data-value": v },
        svgNode("title", {}, `${label(c)} · ${s.name}: ${v}`)));
      if (!stacked && barW >= 10) {
        svg.append(svgNode("text", { x: x + barW / 2, y: y1 - 3, "text-anchor": "middle",
                                  class: "value" }, String(v)));
      }
      base += v;
    });
    if (stacked && totals[i] && slot >= 9) {
      svg.append(svgNode("text", { x: x0 + slot / 2, y: y(totals[i]) - 3, "text-anchor": "middle",
                                class: "value" }, String(totals[i])));
    }
    if (i % every === 0) {
      const anchor = i === 0 ? "start" : (i + every >= n ? "end" : "middle");
      const tx = anchor === "start" ? x0 : (anchor === "end" ? x0 + slot : x0 + slot / 2);
      svg.append(svgNode("text", { x: tx, y: height - m.b + 16, "text-anchor": anchor,
                                class: "tick" }, label(c)));
    }
  });
  box.replaceChildren(legend(series), svg);
}
