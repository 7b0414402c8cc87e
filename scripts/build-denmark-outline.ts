/**
 * Regenerates public/map/denmark.geojson from Natural Earth 1:10m data shipped
 * in the `world-atlas` npm package, so the map works without any tile server.
 *
 *   npx tsx scripts/build-denmark-outline.ts
 *
 * Output: a FeatureCollection with
 *   - one feature `{ kind: "denmark" }`: Denmark's land incl. all islands in the
 *     source data (Bornholm too), and
 *   - one feature `{ kind: "surroundings" }`: all other land in a box around
 *     Denmark, clipped to that box, so the sea and the neighbours (Germany,
 *     Sweden, Norway, …) read correctly instead of Denmark floating in blue.
 */
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
// Namespace imports: both packages ship UMD bundles, whose named exports Node's
// CJS lexer cannot always detect.
import * as topojsonClient from "topojson-client";
import * as topojsonSimplify from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";

const DENMARK_ID = "208"; // ISO 3166-1 numeric, as world-atlas keys countries.

/**
 * Must stay in sync with SURROUNDINGS_BOUNDS in app/ui/activity-map.tsx: the map
 * is not allowed to pan past it, so the straight clip edges are never seen.
 */
const CLIP_BOX = { west: 0, south: 51, east: 22, north: 62 } as const;

/** Planar triangle area in degrees²; below this a vertex is dropped. */
const MIN_WEIGHT = 2e-7;
/** Islands of the surroundings smaller than this (degrees²) are dropped to save bytes. */
const MIN_SURROUNDINGS_RING_AREA = 2e-4;
/** 4 decimals ≈ 11 m, far finer than the ~200 m quantisation of the source. */
const DECIMALS = 4;

const here = dirname(fileURLToPath(import.meta.url));
const outFile = resolve(here, "../public/map/denmark.geojson");
const require = createRequire(import.meta.url);

type Countries = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"),
) as Countries;

// Simplify on the shared-arc topology so Denmark's border with Germany stays
// identical in both features.
const simplified = topojsonSimplify.simplify(topojsonSimplify.presimplify(topology), MIN_WEIGHT);

const denmarkGeometry = simplified.objects.countries.geometries.find((g) => g.id === DENMARK_ID);
if (!denmarkGeometry) throw new Error(`Denmark (id ${DENMARK_ID}) not found in world-atlas`);

const denmark = topojsonClient.feature(simplified, denmarkGeometry);
if (denmark.type !== "Feature") throw new Error("Expected Denmark to be a single feature");
const land = topojsonClient.feature(simplified, simplified.objects.land);

function toPolygons(geometry: Polygon | MultiPolygon | null | undefined): Position[][][] {
  if (!geometry) return [];
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function landGeometries(): Position[][][] {
  return land.features.flatMap((f) =>
    f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon" ? toPolygons(f.geometry) : [],
  );
}

function round(value: number): number {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return Math.abs(sum / 2);
}

/** Rounds, drops consecutive duplicates and closes the ring; null if it collapsed. */
function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 && ringArea(out) > 0 ? out : null;
}

/**
 * Sutherland–Hodgman against an axis-aligned box. For concave rings it can
 * leave zero-width slivers along the box edges; they are invisible as fill and
 * the box edge is outside the pannable area anyway.
 */
function clipRing(ring: Position[]): Position[] {
  type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
  const atX = (x: number) => (a: Position, b: Position): Position => [x, a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!)];
  const atY = (y: number) => (a: Position, b: Position): Position => [a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!), y];
  const edges: Edge[] = [
    { inside: (p) => p[0]! >= CLIP_BOX.west, cut: atX(CLIP_BOX.west) },
    { inside: (p) => p[0]! <= CLIP_BOX.east, cut: atX(CLIP_BOX.east) },
    { inside: (p) => p[1]! >= CLIP_BOX.south, cut: atY(CLIP_BOX.south) },
    { inside: (p) => p[1]! <= CLIP_BOX.north, cut: atY(CLIP_BOX.north) },
  ];
  // Work on the open ring; cleanRing closes it again.
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cut(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) {
        points.push(edge.cut(previous, current));
      }
    }
    if (points.length === 0) break;
  }
  return points;
}

function buildPolygons(polygons: Position[][][], options: { clip: boolean; minArea: number }): Position[][][] {
  const result: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    if (!outer) continue;
    const shell = cleanRing(options.clip ? clipRing(outer) : outer);
    if (!shell || ringArea(shell) < options.minArea) continue;
    const keptHoles = holes
      .map((h) => cleanRing(options.clip ? clipRing(h) : h))
      .filter((h): h is Position[] => h !== null && ringArea(h) >= options.minArea);
    result.push([shell, ...keptHoles]);
  }
  return result;
}

const denmarkPolygons = buildPolygons(toPolygons(denmark.geometry as Polygon | MultiPolygon), {
  clip: false,
  minArea: 0,
});
const surroundingsPolygons = buildPolygons(landGeometries(), {
  clip: true,
  minArea: MIN_SURROUNDINGS_RING_AREA,
});

const attribution = "Made with Natural Earth (public domain), via world-atlas";
const collection: FeatureCollection<MultiPolygon, { kind: string; name: string }> & { attribution: string } = {
  type: "FeatureCollection",
  attribution,
  features: [
    // Surroundings first so Denmark is drawn on top where they overlap.
    {
      type: "Feature",
      properties: { kind: "surroundings", name: "Nabolande" },
      geometry: { type: "MultiPolygon", coordinates: surroundingsPolygons },
    } satisfies Feature<MultiPolygon>,
    {
      type: "Feature",
      properties: { kind: "denmark", name: "Danmark" },
      geometry: { type: "MultiPolygon", coordinates: denmarkPolygons },
    } satisfies Feature<MultiPolygon>,
  ],
};

mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(collection);
writeFileSync(outFile, json + "\n");

const vertexCount = (polys: Position[][][]) => polys.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
console.log(
  `Wrote ${outFile}: ${(json.length / 1024).toFixed(1)} KiB, Denmark ${denmarkPolygons.length} polygons / ` +
    `${vertexCount(denmarkPolygons)} vertices, surroundings ${surroundingsPolygons.length} polygons / ` +
    `${vertexCount(surroundingsPolygons)} vertices`,
);
