// A map of places as SVG: a plain equirectangular projection (longitude → x, latitude → y) with
// a graticule every 30°. No tiles and no outlines: nothing can be fetched offline, and no
// package we install ships country shapes. Reusable: drawMap(box, points, options).
"use strict";

const MAP_W = 360, MAP_H = 180;  // one unit per degree
const SVG_NS = "http://www.w3.org/2000/svg";
const GRATICULE_STEP = 30;

function svgEl(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

// [x, y] in the map's units for a point at (lat, lon)
function project(lat, lon) {
  return [lon + 180, 90 - lat];
}

function graticule() {
  const lines = [];
  for (let lon = -180; lon <= 180; lon += GRATICULE_STEP) {
    const [x] = project(0, lon);
    lines.push(svgEl("line", { x1: x, y1: 0, x2: x, y2: MAP_H, class: "graticule" }));
  }
  for (let lat = -90; lat <= 90; lat += GRATICULE_STEP) {
    const [, y] = project(lat, 0);
    lines.push(svgEl("line", { x1: 0, y1: y, x2: MAP_W, y2: y,
                               class: lat === 0 ? "graticule equator" : "graticule" }));
  }
  return svgEl("g", { class: "graticules" }, ...lines);
}

// The view box around the points: the whole world, or a window around them (at least 90° wide,
// so a single city is shown with its surroundings) kept inside the world.
function viewBox(points) {
  if (!points.length) return [0, 0, MAP_W, MAP_H];
  const xs = points.map((p) => project(p.lat, p.lon)[0]);
  const ys = points.map((p) => project(p.lat, p.lon)[1]);
  const pad = 10, minW = 90;
  let w = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * pad, minW);
  let h = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * pad, minW / 2);
  w = Math.min(Math.max(w, 2 * h), MAP_W);  // no narrower than 2:1, as the world is
  h = Math.min(w / 2, MAP_H);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(Math.max(cx - w / 2, 0), MAP_W - w);
  const y = Math.min(Math.max(cy - h / 2, 0), MAP_H - h);
  return [x, y, w, h];
}

// points: [{lat, lon, label, count?, id?}]; options.onSelect(point) is called on a click.
function drawMap(box, points, options = {}) {
  const vb = viewBox(points);
  const r = Math.max(vb[2] / 120, 0.6);  // marker radius: the same on screen at any zoom
  const markers = points.map((p) => {
    const [x, y] = project(p.lat, p.lon);
    const dot = svgEl("circle", { cx: x, cy: y, r: r * (1 + Math.min(p.count || 1, 5) / 5),
                                  class: "place", "data-id": p.id || "" },
      svgEl("title", {}, p.label));
    if (options.onSelect) dot.addEventListener("click", () => options.onSelect(p));
    return dot;
  });
  const labels = points.map((p) => {
    const [x, y] = project(p.lat, p.lon);
    return svgEl("text", { x: x + 1.6 * r, y: y + r / 2, class: "place-label",
                           "font-size": 1.8 * r }, p.name || p.label);
  });
  const svg = svgEl("svg", { class: "map", viewBox: vb.join(" "), role: "img",
                             "aria-label": `map of ${points.length} place(s)`,
                             preserveAspectRatio: "xMidYMid meet" },
    svgEl("rect", { x: 0, y: 0, width: MAP_W, height: MAP_H, class: "sea" }),
    graticule(), ...markers, ...labels);
  box.replaceChildren(svg);
  return svg;
}

// Places of events (each with a place {name, type, latitude, longitude}) merged by name.
function placePoints(events, label) {
  const byName = new Map();
  for (const e of events) {
    const p = e.place;
    if (!p || p.latitude == null) continue;
    const key = `${p.name}|${p.country}`;
    const point = byName.get(key) ||
      { lat: p.latitude, lon: p.longitude, name: p.name, count: 0, labels: [], id: key };
    point.count += 1;
    point.labels.push(label(e));
    byName.set(key, point);
  }
  return [...byName.values()].map((p) =>
    ({ ...p, label: `${p.name} (${p.count}): ${p.labels.join("; ")}` }));
}
