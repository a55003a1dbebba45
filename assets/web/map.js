// incmap's interactive map: the incidents over the static maps' basemap, filtered by time, weapon
// and attacker, with a table that follows the filters. The filters live in the URL's #fragment
// (weapon=drone,rocket&attacker=...&from=YYYY-MM-DD&to=YYYY-MM-DD&undated=0), so a view can be shared.
"use strict";
(function () {
  // Errors are counted on the page as well as reported in the console, so a test can read them.
  const errors = [];
  window.addEventListener("error", (e) => { errors.push(String(e.message)); document.body.dataset.errors = errors.length; });
  document.body.dataset.errors = 0;

  const data = JSON.parse(document.getElementById("data").textContent);
  const style = data.style;
  const weapons = Object.fromEntries(style.weapons.map((w) => [w.id, w]));
  const NOT_STATED = "not stated";
  const TABLE_ROWS = 500;

  // DOM built with textContent only: report text is never parsed as HTML.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  const isUrl = (s) => /^https?:\/\//i.test(s);
  const value = (v) => (v === null || v === undefined || v === "" ? null : v);

  document.title = data.title;
  document.getElementById("title").textContent = data.title;

  // The map: the static maps' colours, drawn on a canvas so 10,000 markers stay quick.
  const map = L.map("map", { preferCanvas: true, zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix("Leaflet (BSD-2-Clause)");
  map.attributionControl.addAttribution("Basemap: Natural Earth · incidents: incmap");
  map.getContainer().style.background = style.palette.sea;
  const P = style.palette;
  const layers = data.basemap.layers;
  const located = data.incidents.filter((i) => i.lat !== null && i.lon !== null);
  const countries = new Set(located.map((i) => i.country).filter(Boolean));
  if (countries.size === 0) { countries.add("IQ"); countries.add("SY"); }
  // The view first: canvas layers need one to draw into. Iraq, Syria and Jordan when nothing is located.
  const bounds = L.latLngBounds(located.map((i) => [i.lat, i.lon]));
  if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { maxZoom: 10 }); else map.fitBounds([[29, 38], [37.5, 48.5]]);
  const canvas = L.canvas({ padding: 0.5 });
  L.geoJSON(layers.countries, {
    renderer: canvas, interactive: false,
    style: (f) => ({ stroke: false, fillOpacity: 1, fillColor: countries.has(f.properties.iso_a2) ? P.land : P.land_other }),
  }).addTo(map);
  L.geoJSON(layers.lakes, { renderer: canvas, interactive: false, style: { stroke: false, fillOpacity: 1, fillColor: P.sea } }).addTo(map);
  L.geoJSON(layers.rivers, { renderer: canvas, interactive: false, style: { color: P.water, weight: 1.3, opacity: 1 } }).addTo(map);
  L.geoJSON(layers.borders, {
    renderer: canvas, interactive: false,
    filter: (f) => f.properties.level === "admin1",
    style: { color: P.admin1, weight: 0.9, dashArray: "6 3", opacity: 1 },
  }).addTo(map);
  for (const [color, weight] of [[P.border_halo, 5], [P.border, 1.4]]) {
    L.geoJSON(layers.borders, {
      renderer: canvas, interactive: false,
      filter: (f) => f.properties.level !== "admin1",
      style: { color, weight, opacity: 1 },
    }).addTo(map);
  }
  L.geoJSON(layers.coastline, { renderer: canvas, interactive: false, style: { color: P.water, weight: 0.9, opacity: 1 } }).addTo(map);
  for (const [name, lat, lon, capital] of data.basemap.towns) {
    L.circleMarker([lat, lon], { renderer: canvas, radius: capital ? 4 : 2.6, color: "#fff", weight: 1, fillColor: "#3a3a3a", fillOpacity: 1, interactive: false })
      .bindTooltip(name, { permanent: true, direction: "right", className: "town-label", offset: [3, 0] })
      .addTo(map);
  }

  // An incident's symbol: the weapon's shape from the static maps, sized by killed + injured.
  const ShapeMarker = L.CircleMarker.extend({
    _updateBounds() {
      const r = this._radius * 1.5, w = this._clickTolerance();
      this._pxBounds = new L.Bounds(this._point.subtract([r + w, r + w]), this._point.add([r + w, r + w]));
    },
    _updatePath() {
      const rd = this._renderer;
      if (!rd._drawing || this._empty()) return;
      const ctx = rd._ctx, p = this._point, r = this._radius;
      ctx.beginPath();
      this.options.shape.forEach(([x, y], n) => (n ? ctx.lineTo(p.x + x * r, p.y + y * r) : ctx.moveTo(p.x + x * r, p.y + y * r)));
      ctx.closePath();
      rd._fillStroke(ctx, this);
    },
  });

  // Bases on the canvas under the incidents (a DOM icon would cover the markers on a base).
  const square = [[-1, -1], [1, -1], [1, 1], [-1, 1]];
  for (const [name, lat, lon] of data.basemap.bases) {
    new ShapeMarker([lat, lon], { renderer: canvas, radius: 4, shape: square, color: "#fff", weight: 1, fillColor: P.base, fillOpacity: 1 })
      .bindTooltip(name).addTo(map);
  }

  const ringLayer = L.layerGroup().addTo(map);
  const launchLayer = L.layerGroup().addTo(map);
  const markerLayer = L.layerGroup().addTo(map);
  const markers = new Map();
  // Largest first, so small markers stay on top.
  const byToll = [...located].sort((a, b) => b.radius - a.radius);
  for (const i of byToll) {
    const w = weapons[i.weapon] || weapons.unknown;
    const m = new ShapeMarker([i.lat, i.lon], {
      renderer: canvas, radius: i.radius, shape: w.shape,
      color: "#ffffff", weight: 1.5, opacity: 1, fillColor: w.color, fillOpacity: 1,
    });
    m.bindPopup(() => popup(i), { maxWidth: 420, minWidth: 260 });
    markers.set(i, m);
  }

  function toll(lo, hi) {
    if (value(lo) === null) return null;
    return value(hi) !== null && hi > lo ? `${lo}–${hi}` : String(lo);
  }

  // Every field, its evidence and every source; an unknown value says so, never 0.
  function popup(i) {
    const w = weapons[i.weapon] || weapons.unknown;
    const place = value(i.place) || value(i.place_text) || "unknown place";
    const rows = [];
    const skip = new Set(["sources", "evidence", "lat", "lon", "radius", "rings", "source"]);
    for (const [k, v] of Object.entries(i)) {
      if (skip.has(k)) continue;
      const shown = value(v);
      rows.push(el("tr", {}, el("th", {}, k.replace(/_/g, " ")), shown === null ? el("td", { class: "unknown" }, NOT_STATED) : el("td", {}, shown)));
    }
    const sources = el("ol", {}, ...i.sources.map((s) => el("li", {}, isUrl(s) ? el("a", { href: s, target: "_blank", rel: "noopener noreferrer" }, s) : s)));
    return el("div", { class: "popup" },
      el("h3", {}, el("span", { class: "swatch", style: `background:${w.color}` }), " ", `${value(i.date) || "date unknown"} · ${place}`),
      el("table", {}, ...rows),
      value(i.evidence) ? el("blockquote", {}, i.evidence) : el("p", { class: "unknown" }, "no evidence sentence kept"),
      el("strong", {}, `Sources (${i.sources.length})`), sources);
  }

  function drawExtras(i) {
    const w = weapons[i.weapon] || weapons.unknown;
    for (const r of i.rings) {
      const look = style.rings[r.kind];
      L.circle([r.lat, r.lon], {
        renderer: canvas, radius: r.km * 1000, interactive: false,
        color: look.darker ? w.dark : w.color, weight: look.width, dashArray: look.dash.join(" "),
        fill: look.tint, fillColor: w.color, fillOpacity: look.tint ? 0.08 : 0,
      }).addTo(ringLayer);
    }
    if (value(i.launch_lat) !== null && value(i.launch_lon) !== null) {
      L.polyline([[i.launch_lat, i.launch_lon], [i.lat, i.lon]], { renderer: canvas, color: w.dark, weight: 1.6, interactive: false }).addTo(launchLayer);
      L.circleMarker([i.launch_lat, i.launch_lon], { renderer: canvas, radius: 4.5, color: w.dark, weight: 1.6, fillColor: "#fff", fillOpacity: 1 })
        .bindTooltip(`launch site: ${value(i.launch_site) || NOT_STATED}`).addTo(launchLayer);
    }
  }

  // Filters.
  const dated = data.incidents.map((i) => i.date).filter(Boolean).sort();
  const days = (d) => Math.round(Date.parse(d + "T00:00:00Z") / 86400000);
  const dayText = (n) => new Date(n * 86400000).toISOString().slice(0, 10);
  const first = dated.length ? days(dated[0]) : 0, last = dated.length ? days(dated[dated.length - 1]) : 0;
  const from = document.getElementById("from"), to = document.getElementById("to");
  for (const s of [from, to]) { s.min = first; s.max = last; s.step = 1; }
  from.value = first; to.value = last;
  const undated = document.getElementById("undated");

  const attackerOf = (i) => value(i.attacker) || value(i.claimed_by_canonical) || value(i.claimed_by);
  const attackerSel = document.getElementById("attacker");
  const attackers = [...new Set(data.incidents.map(attackerOf).filter(Boolean))].sort();
  for (const a of attackers) attackerSel.append(el("option", { value: a }, a));
  attackerSel.append(el("option", { value: "\u0000none" }, NOT_STATED));

  const weaponBox = document.getElementById("weapons");
  const weaponChecks = {};
  for (const w of style.weapons) {
    const n = data.incidents.filter((i) => i.weapon === w.id).length;
    if (n === 0) continue;
    const c = el("input", { type: "checkbox", value: w.id });
    c.checked = true;
    weaponChecks[w.id] = c;
    const sw = el("canvas", { width: 16, height: 16, class: "swatch" });
    const g = sw.getContext("2d");
    g.beginPath();
    w.shape.forEach(([x, y], k) => (k ? g.lineTo(8 + x * 5.5, 8 + y * 5.5) : g.moveTo(8 + x * 5.5, 8 + y * 5.5)));
    g.closePath(); g.fillStyle = w.color; g.fill();
    weaponBox.append(el("label", { class: "check" }, c, sw, `${w.label} (${n})`));
  }

  const legend = document.getElementById("legend");
  for (const [kind, look] of Object.entries(style.rings)) {
    const sw = el("canvas", { width: 26, height: 14, class: "swatch" });
    sw.style.width = "26px";
    const g = sw.getContext("2d");
    if (look.tint) { g.fillStyle = "rgba(95,95,95,.18)"; g.fillRect(0, 1, 26, 12); }
    g.setLineDash(look.dash); g.lineWidth = look.width; g.strokeStyle = "#5f5f5f";
    g.beginPath(); g.moveTo(0, 7); g.lineTo(26, 7); g.stroke();
    legend.append(el("div", { "data-ring": kind }, sw, " ", look.label));
  }
  legend.append(el("div", {}, "Size: killed + injured as stated; smallest: none or not stated"));

  // The #fragment holds the filters.
  function readHash() {
    const h = new URLSearchParams(location.hash.slice(1));
    if (h.has("weapon")) {
      const want = new Set(h.get("weapon").split(","));
      for (const [id, c] of Object.entries(weaponChecks)) c.checked = want.has(id);
    }
    if (h.has("attacker")) attackerSel.value = h.get("attacker");
    if (h.has("from")) from.value = days(h.get("from"));
    if (h.has("to")) to.value = days(h.get("to"));
    if (h.has("undated")) undated.checked = h.get("undated") !== "0";
  }
  function writeHash() {
    const h = new URLSearchParams();
    const on = Object.entries(weaponChecks).filter(([, c]) => c.checked).map(([id]) => id);
    if (on.length !== Object.keys(weaponChecks).length) h.set("weapon", on.join(","));
    if (attackerSel.value) h.set("attacker", attackerSel.value);
    if (+from.value !== first) h.set("from", dayText(+from.value));
    if (+to.value !== last) h.set("to", dayText(+to.value));
    if (!undated.checked) h.set("undated", "0");
    history.replaceState(null, "", h.toString() ? "#" + h.toString() : location.pathname + location.search);
  }

  function passes(i) {
    const c = weaponChecks[i.weapon];
    if (c && !c.checked) return false;
    const a = attackerSel.value;
    if (a === "\u0000none" ? attackerOf(i) !== null : a && attackerOf(i) !== a) return false;
    if (i.date === null) return undated.checked;
    const d = days(i.date);
    return d >= Math.min(+from.value, +to.value) && d <= Math.max(+from.value, +to.value);
  }

  const tbody = document.querySelector("#table tbody");
  function cell(v) {
    return v === null ? el("td", { class: "unknown" }, NOT_STATED) : el("td", {}, v);
  }

  function update() {
    document.getElementById("from-label").textContent = dated.length ? dayText(+from.value) : "";
    document.getElementById("to-label").textContent = dated.length ? dayText(+to.value) : "";
    markerLayer.clearLayers(); ringLayer.clearLayers(); launchLayer.clearLayers();
    const kept = data.incidents.filter(passes);
    let onMap = 0;
    for (const i of byToll) {
      if (!passes(i)) continue;
      markerLayer.addLayer(markers.get(i));
      drawExtras(i);
      onMap += 1;
    }
    // The table: dated first, latest first.
    kept.sort((a, b) => (b.date || "").localeCompare(a.date || ""));
    const rows = kept.slice(0, TABLE_ROWS).map((i) => {
      const w = weapons[i.weapon] || weapons.unknown;
      const tr = el("tr", { class: "row" },
        cell(value(i.date)), cell(value(i.place) || value(i.place_text)),
        el("td", {}, el("span", { class: "swatch", style: `background:${w.color};width:10px;height:10px` }), " ", w.label),
        cell(toll(i.killed, i.killed_max)), cell(toll(i.injured, i.injured_max)), cell(attackerOf(i)), el("td", {}, i.reports));
      if (markers.has(i)) {
        tr.addEventListener("click", () => { map.setView(markers.get(i).getLatLng(), Math.max(map.getZoom(), 9)); markers.get(i).openPopup(); });
      } else {
        tr.title = "no location: not on the map";
      }
      return tr;
    });
    tbody.replaceChildren(...rows);
    const total = data.incidents.length;
    document.getElementById("table-note").textContent =
      `${kept.length} of ${total} incidents match` + (kept.length > TABLE_ROWS ? ` (the latest ${TABLE_ROWS} listed; narrow the filters)` : "") +
      `; ${onMap} on the map` + (kept.length > onMap ? `, ${kept.length - onMap} without a location` : "");
    const known = (f) => kept.map(f).filter((v) => v !== null && v !== undefined);
    const sum = (what, f) => {
      const k = known(f);
      if (k.length === 0) return `${what}: ${NOT_STATED}`;
      const s = k.reduce((a, b) => a + b, 0);
      return k.length === kept.length ? `${what}: ${s}` : `${what}: at least ${s} (no figure for ${kept.length - k.length} of ${kept.length})`;
    };
    document.getElementById("summary").textContent =
      `${onMap} incidents on the map · ${sum("killed", (i) => i.killed)} · ${sum("injured", (i) => i.injured)}`;
    document.body.dataset.markers = onMap;
    document.body.dataset.rows = rows.length;
    writeHash();
  }

  readHash();
  for (const e of [from, to, undated, attackerSel, ...Object.values(weaponChecks)]) e.addEventListener("input", update);
  update();
  // Time from the start of navigation to a drawn, filtered page (the tests hold it under 2 s).
  document.body.dataset.loadMs = Math.round(performance.now());
  document.body.dataset.ready = "1";
})();
