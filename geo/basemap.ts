/**
 * Pure functions that turn Natural Earth TopoJSON (from the `world-atlas` package) into the
 * GeoJSON the map draws: the atlas's countries keyed by a stable id, in the detail of the vector
 * tiles' zoom band they lie in, and a label point for every country. No file system here:
 * `geo/world-atlas.ts` reads the package, `geo/build-basemap.ts` writes the file.
 * Topology spec: https://github.com/topojson/topojson-specification
 */
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import {
  area,
  bboxClip,
  booleanPointInPolygon,
  centroid,
  featureCollection,
  pointOnFeature,
  polygon as turfPolygon,
  union,
} from '@turf/turf';
import countries from 'i18n-iso-countries';
import { membershipOf } from '../data/membership.ts';
import type { FactBase } from '../data/schema.ts';
import { BALTIC_BOX, EUROPE_BOX } from './tiles/bands.ts';

export type Detail = '110m' | '50m' | '10m';
export type BBox = [west: number, south: number, east: number, north: number];

export interface CountryProperties {
  id: string;
  name: string;
}

/**
 * What the member-states layer needs to colour a country, baked into the basemap at build time so
 * the map's style needs no fact base and can start before it has arrived.
 */
export interface MembershipProperties {
  /** Year of accession (members only); the timeline compares it with the style's year. */
  joined?: number;
  /** A non-member the documents name as a partner. */
  partner?: true;
  /** Estonia, Latvia or Lithuania, outlined. */
  baltic?: true;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;
export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

/**
 * One level of detail of the country polygons, matched to a zoom band of the vector tiles
 * (geo/tiles/bands.ts): the tiles' water is drawn over the polygons, so their edge needs to be
 * near the coast only by as much as a pixel or two at the zooms that band is seen at.
 */
export interface DetailBand {
  detail: Detail;
  /** Where this detail is used, less the box of the next, finer band. */
  box: BBox;
  /** The zoom whose pixels the band's simplification tolerances count. */
  zoom: number;
  /** Decimal places the coordinates keep: rounding moves a point by up to a pixel at `zoom`. */
  decimals: number;
}

export const WHOLE_WORLD: BBox = [-180, -90, 180, 90];

/**
 * Coarse to fine, each box inside the one before: the world (tiles z0–5), Europe (z6–7) and the
 * Baltic (z8–10). Tolerances count pixels at the first zoom of the Europe and Baltic bands, and at
 * zoom 4 for the world, where its 0.1° rounding is about a pixel; a pixel there is two at the next
 * zoom. Counting them at each band's last zoom would add points finer than the sources: the 10m
 * topology's grid step, 0.0036° of longitude, is already five pixels at zoom 10.
 */
export const DETAIL_BANDS: readonly DetailBand[] = [
  { detail: '110m', box: WHOLE_WORLD, zoom: 4, decimals: 1 },
  { detail: '50m', box: EUROPE_BOX, zoom: 6, decimals: 2 },
  { detail: '10m', box: BALTIC_BOX, zoom: 8, decimals: 3 },
];

/**
 * Natural Earth leaves these without an ISO 3166-1 numeric code. Kosovo takes the user-assigned
 * code XKX used by the EU and IMF; Northern Cyprus and Somaliland take Natural Earth's own ADM0_A3.
 */
const IDS_FOR_UNCODED: Record<string, string> = {
  Kosovo: 'XKX',
  'N. Cyprus': 'CYN',
  Somaliland: 'SOL',
};

/** world-atlas abbreviates names to fit d3 examples; the explorer spells them out. */
const FULL_NAMES: Record<string, string> = {
  'W. Sahara': 'Western Sahara',
  'Dem. Rep. Congo': 'Democratic Republic of the Congo',
  'Dominican Rep.': 'Dominican Republic',
  'Falkland Is.': 'Falkland Islands',
  'Fr. S. Antarctic Lands': 'French Southern and Antarctic Lands',
  'Central African Rep.': 'Central African Republic',
  'Eq. Guinea': 'Equatorial Guinea',
  'Solomon Is.': 'Solomon Islands',
  'N. Cyprus': 'Northern Cyprus',
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'S. Sudan': 'South Sudan',
  'Marshall Is.': 'Marshall Islands',
  'N. Mariana Is.': 'Northern Mariana Islands',
  'U.S. Virgin Is.': 'U.S. Virgin Islands',
  'S. Geo. and the Is.': 'South Georgia and the South Sandwich Islands',
  'Br. Indian Ocean Ter.': 'British Indian Ocean Territory',
  'Pitcairn Is.': 'Pitcairn Islands',
  'Cayman Is.': 'Cayman Islands',
  'British Virgin Is.': 'British Virgin Islands',
  'Turks and Caicos Is.': 'Turks and Caicos Islands',
  'St. Vin. and Gren.': 'Saint Vincent and the Grenadines',
  'St. Kitts and Nevis': 'Saint Kitts and Nevis',
  'Cook Is.': 'Cook Islands',
  'St. Pierre and Miquelon': 'Saint Pierre and Miquelon',
  'Wallis and Futuna Is.': 'Wallis and Futuna',
  'Fr. Polynesia': 'French Polynesia',
  'Faeroe Is.': 'Faroe Islands',
  'Indian Ocean Ter.': 'Australian Indian Ocean Territories',
  'Heard I. and McDonald Is.': 'Heard Island and McDonald Islands',
  'Ashmore and Cartier Is.': 'Ashmore and Cartier Islands',
  'Antigua and Barb.': 'Antigua and Barbuda',
  'Cyprus U.N. Buffer Zone': 'Cyprus U.N. Buffer Zone',
  'U.S. Minor Outlying Is.': 'U.S. Minor Outlying Islands',
  'Coral Sea Is.': 'Coral Sea Islands',
  'Spratly Is.': 'Spratly Islands',
  'Clipperton I.': 'Clipperton Island',
};

/** The numeric codes several features share: the one whose name is the country keeps the id. */
const SHARED_NUMERIC_OWNER: Record<string, string> = { '036': 'Australia' };

export function fullName(atlasName: string): string {
  return FULL_NAMES[atlasName] ?? atlasName;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The stable id of a world-atlas country: ISO 3166-1 alpha-3 where Natural Earth gives a numeric
 * code, the table above for the three disputed states, and `x-<slug>` for the remaining uncoded
 * areas (Siachen Glacier, Baikonur, ...) so that every feature can carry feature-state.
 */
export function countryId(numericId: string | number | undefined, atlasName: string): string {
  if (numericId !== undefined) {
    const code = String(numericId).padStart(3, '0');
    const owner = SHARED_NUMERIC_OWNER[code];
    if (owner === undefined || owner === atlasName) {
      const alpha3 = countries.numericToAlpha3(code);
      if (alpha3 !== undefined) return alpha3;
    }
  }
  return IDS_FOR_UNCODED[atlasName] ?? `x-${slug(atlasName)}`;
}

// ---------------------------------------------------------------------------------------------
// Antimeridian: Natural Earth rings for Russia, Fiji and Antarctica jump from +180 to -180; drawn
// on a flat map such a jump becomes a streak across the world. Rings are unwrapped into one
// continuous longitude range, closed over the pole where they circle it, then cut into ±180 windows.

const JUMP = 180;

export function hasAntimeridianJump(ring: Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > JUMP) return true;
  }
  return false;
}

function unwrap(ring: Position[], reference: number): Position[] {
  const out: Position[] = [];
  let shift = Math.round((reference - ring[0]![0]!) / 360) * 360;
  let previous = ring[0]![0]! + shift;
  for (const [lon, lat] of ring as [number, number][]) {
    let x = lon + shift;
    if (x - previous > JUMP) {
      shift -= 360;
      x -= 360;
    } else if (previous - x > JUMP) {
      shift += 360;
      x += 360;
    }
    out.push([x, lat]);
    previous = x;
  }
  return out;
}

/**
 * A ring whose unwrapped ends sit 360° apart goes round a pole (Antarctica): close it over the
 * pole, with a point every 90° along the pole so that no edge of it reads as an antimeridian jump
 * (hasAntimeridianJump); it draws the same.
 */
function closeOverPole(ring: Position[]): Position[] {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (Math.abs(last[0]! - first[0]!) < JUMP) return ring;
  const meanLat = ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  const steps = Math.ceil(Math.abs(first[0]! - last[0]!) / 90);
  const alongPole = Array.from({ length: steps + 1 }, (_, i): Position => [
    last[0]! + ((first[0]! - last[0]!) * i) / steps,
    pole,
  ]);
  return [...ring.slice(0, -1), [last[0]!, last[1]!], ...alongPole, first];
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

function isUsableRing(ring: Position[]): boolean {
  return ring.length >= 4;
}

/** Clip polygons to a box, dropping holes and polygons the box leaves empty. */
export function clipPolygons(polygons: Position[][][], box: BBox): Position[][][] {
  const out: Position[][][] = [];
  for (const rings of polygons) {
    const clipped = bboxClip({ type: 'Polygon', coordinates: rings }, box).geometry as Polygon;
    const [outer, ...holes] = clipped.coordinates.map(closeRing);
    if (outer === undefined || !isUsableRing(outer)) continue;
    out.push([outer, ...holes.filter(isUsableRing)]);
  }
  return out;
}

function shiftPolygon(rings: Position[][], dx: number): Position[][] {
  return rings.map((ring) => ring.map(([x, y]) => [x! + dx, y!]));
}

export function splitPolygonAtAntimeridian(rings: Position[][]): Position[][][] {
  if (!rings.some(hasAntimeridianJump)) return [rings];
  const outer = closeOverPole(unwrap(rings[0]!, rings[0]![0]![0]!));
  const holes = rings.slice(1).map((hole) => unwrap(hole, outer[0]![0]!));
  const unwrapped = [outer, ...holes];
  const pieces: Position[][][] = [];
  for (const k of [-1, 0, 1]) {
    const window: BBox = [k * 360 - 180, -90, k * 360 + 180, 90];
    for (const piece of clipPolygons([unwrapped], window)) {
      pieces.push(shiftPolygon(piece, -k * 360));
    }
  }
  return pieces;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function asGeometry(polygons: Position[][][]): Polygon | MultiPolygon {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

// ---------------------------------------------------------------------------------------------

type CountriesObject = GeometryCollection<{ name: string }>;
export type WorldTopology = Topology<{ countries: CountriesObject; land: GeometryCollection }>;

/** Countries of one topology keyed by id, split at the antimeridian, features sharing an id merged. */
export function countriesFromTopology(topology: WorldTopology): Map<string, CountryFeature> {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon | null,
    { name: string }
  >;
  const byId = new Map<string, { name: string; polygons: Position[][][] }>();
  for (const f of collection.features) {
    if (f.geometry === null) continue;
    const id = countryId(f.id, f.properties.name);
    const polygons = polygonsOf(f.geometry).flatMap(splitPolygonAtAntimeridian);
    const entry = byId.get(id);
    if (entry === undefined) {
      byId.set(id, { name: fullName(f.properties.name), polygons });
    } else {
      entry.polygons.push(...polygons);
    }
  }
  const out = new Map<string, CountryFeature>();
  for (const [id, { name, polygons }] of byId) {
    out.set(id, {
      type: 'Feature',
      id,
      properties: { id, name },
      geometry: asGeometry(polygons),
    });
  }
  return out;
}

/** The four strips of the world around a box, for taking "everything outside" with bboxClip. */
export function stripsAround([w, s, e, n]: BBox): BBox[] {
  return [
    [-180, -90, w, 90],
    [e, -90, 180, 90],
    [w, -90, e, s],
    [w, n, e, 90],
  ];
}

function roundPosition(position: Position, decimals: number): Position {
  const f = 10 ** decimals;
  return [Math.round(position[0]! * f) / f, Math.round(position[1]! * f) / f];
}

/**
 * Round coordinates (to `decimals`, or to what it gives for each position) and drop the repeats
 * and the spikes (out to a point and straight back) rounding creates: smaller files, same picture.
 */
export function roundRing(
  ring: Position[],
  decimals: number | ((position: Position) => number),
): Position[] {
  const same = (a: Position | undefined, b: Position) => a?.[0] === b[0] && a?.[1] === b[1];
  const out: Position[] = [];
  for (const p of ring) {
    const r = roundPosition(p, typeof decimals === 'number' ? decimals : decimals(p));
    if (same(out[out.length - 1], r)) continue;
    if (same(out[out.length - 2], r)) out.pop();
    else out.push(r);
  }
  return out;
}

/** One band's countries, ready to compose: see `DetailBand`. */
export interface BandCountries {
  countries: ReadonlyMap<string, CountryFeature>;
  box: BBox;
  decimals: number;
}

function intersection([w1, s1, e1, n1]: BBox, [w2, s2, e2, n2]: BBox): BBox | undefined {
  const box: BBox = [Math.max(w1, w2), Math.max(s1, s2), Math.min(e1, e2), Math.min(n1, n2)];
  return box[0] < box[2] && box[1] < box[3] ? box : undefined;
}

function contains([w, s, e, n]: BBox, [x, y]: Position): boolean {
  return x! >= w && x! <= e && y! >= s && y! <= n;
}

/** The rectangles covering `box` less `hole`: the part of the world a band's detail is used in. */
function regionBetween(box: BBox, hole: BBox | undefined): BBox[] {
  if (hole === undefined) return [box];
  return stripsAround(hole).flatMap((strip) => {
    const part = intersection(strip, box);
    return part === undefined ? [] : [part];
  });
}

function extentOf([outer]: Position[][]): BBox {
  const extent: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer as [number, number][]) {
    extent[0] = Math.min(extent[0], x);
    extent[1] = Math.min(extent[1], y);
    extent[2] = Math.max(extent[2], x);
    extent[3] = Math.max(extent[3], y);
  }
  return extent;
}

/** Whether every polygon lies inside `box` and clear of `hole`, so that no cut is needed. */
function liesWithin(polygons: Position[][][], box: BBox, hole: BBox | undefined): boolean {
  return polygons.every((rings) => {
    const extent = extentOf(rings);
    const inBox = contains(box, [extent[0], extent[1]]) && contains(box, [extent[2], extent[3]]);
    return inBox && (hole === undefined || intersection(extent, hole) === undefined);
  });
}

/**
 * The polygons of one country: the finest band whose region holds all of it gives it uncut; a
 * country that crosses a band's edge is cut into each band's region and put back together, since
 * the map outlines a selected country's polygons and pieces left apart would draw a line along
 * the box's edge that no map has.
 */
function polygonsAcrossBands(
  versions: readonly (CountryFeature | undefined)[],
  bands: readonly BandCountries[],
): Position[][][] {
  for (let i = bands.length - 1; i >= 0; i--) {
    const version = versions[i];
    if (version === undefined) continue;
    const polygons = polygonsOf(version.geometry);
    if (liesWithin(polygons, bands[i]!.box, bands[i + 1]?.box)) return polygons;
  }
  const cut: Position[][][] = [];
  const whole: Position[][][] = [];
  bands.forEach((band, i) => {
    const version = versions[i];
    if (version === undefined) return;
    for (const rectangle of regionBetween(band.box, bands[i + 1]?.box)) {
      for (const piece of clipPolygons(polygonsOf(version.geometry), rectangle)) {
        (touchesCutEdge(piece, rectangle) ? cut : whole).push(piece);
      }
    }
  });
  // Only pieces the cut touched need reuniting; the union's exact arithmetic is slow.
  return [...whole, ...(cut.length === 0 ? [] : unionOf(cut))];
}

/** Whether a clipped polygon has a point on one of its rectangle's edges inside the world. */
function touchesCutEdge([outer]: Position[][], [w, s, e, n]: BBox): boolean {
  return outer!.some(
    ([x, y]) =>
      (x === w && w > -180) || (x === e && e < 180) || (y === s && s > -90) || (y === n && n < 90),
  );
}

/**
 * One world of countries from bands of detail, coarse to fine, each band's detail used inside
 * its box and outside the next band's, coordinates rounded to the decimals of the band they are
 * in. A feature keeps one id across the bands, so feature-state and selection need not care.
 */
export function composeCountries(bands: readonly BandCountries[]): CountryCollection {
  const ids = new Set(bands.flatMap((band) => [...band.countries.keys()]));
  const decimalsAt = (position: Position) =>
    bands.findLast((band) => contains(band.box, position))?.decimals ?? bands[0]!.decimals;
  const features: CountryFeature[] = [];
  for (const id of [...ids].sort()) {
    const versions = bands.map((band) => band.countries.get(id));
    const usable = polygonsAcrossBands(versions, bands)
      .map((rings) => rings.map((ring) => roundRing(ring, decimalsAt)))
      // A polygon whose outer ring rounding or simplifying has collapsed goes, holes and all.
      .filter((rings) => isUsableRing(rings[0]!))
      .map(([outer, ...holes]) => [outer!, ...holes.filter(isUsableRing)]);
    if (usable.length === 0) continue;
    const name = versions.findLast((version) => version !== undefined)!.properties.name;
    features.push({ type: 'Feature', id, properties: { id, name }, geometry: asGeometry(usable) });
  }
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------------
// Simplification. The tiles' water is drawn over the polygons, so an outline may reach over the
// sea (hidden) much further than it may cut into the land (where the tiles' plain earth would
// show instead of the country's colour). Douglas–Peucker is run on the topology's arcs with a
// tolerance for each side: an arc one country uses is a coast with the land on a known side; an
// arc two countries share is a land border, which both keep as the same line, so no gap or
// overlap opens between neighbours. Distances are measured in Web Mercator, as the map draws.

/** How far a simplified outline may stray from the source, in pixels at the band's `zoom`. */
export interface Tolerance {
  /** Either way along a land border, which the tiles' boundary line is drawn over. */
  border: number;
  /** Off a coast into the country's land. */
  land: number;
  /** Off a coast over the sea. */
  sea: number;
}

/** The sea's allowance only bounds how far off a shore a click still finds the country. */
export const TOLERANCE: Tolerance = { border: 1, land: 1, sea: 16 };

/** The point grid's cell: a chord's box spans few cells, and a cell holds few points. */
const GRID_CELL_PIXELS = 64;

/** Web Mercator units (degrees at the equator) per pixel of a 512-pixel tile at `zoom`. */
function unitsPerPixel(zoom: number): number {
  return 360 / (512 * 2 ** zoom);
}

const MERCATOR_LIMIT = 85.0511;

function mercator([lon, lat]: Position): [number, number] {
  const phi = (Math.max(-MERCATOR_LIMIT, Math.min(MERCATOR_LIMIT, lat!)) * Math.PI) / 180;
  return [lon!, (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI];
}

/** Twice the signed area: positive for a ring that runs anticlockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += (ring[i - 1]![0]! - ring[i]![0]!) * (ring[i - 1]![1]! + ring[i]![1]!);
  }
  return sum;
}

/** Which side of an arc, walked in its own direction, the country lies on. */
type LandSide = 'left' | 'right' | 'both';

function decodeArcs(topology: WorldTopology): Position[][] {
  const { transform } = topology;
  return topology.arcs.map((arc) => {
    if (transform === undefined) return arc;
    // A quantized topology stores each point as a step from the one before.
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Position => {
      x += dx!;
      y += dy!;
      return [
        x * transform.scale[0] + transform.translate[0],
        y * transform.scale[1] + transform.translate[1],
      ];
    });
  });
}

function ringsOf(geometry: CountriesObject['geometries'][number]): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

function landSides(topology: WorldTopology, arcs: Position[][]): LandSide[] {
  const sides: (LandSide | undefined)[] = arcs.map(() => undefined);
  for (const geometry of topology.objects.countries.geometries) {
    for (const polygon of ringsOf(geometry)) {
      polygon.forEach((ringArcs, ringIndex) => {
        const ring = ringArcs.flatMap((index) =>
          index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse(),
        );
        const anticlockwise = signedArea(closeOverPole(unwrap(ring, ring[0]![0]!))) > 0;
        // An outer ring encloses its land, a hole keeps it outside.
        const landOnLeft = anticlockwise === (ringIndex === 0);
        for (const index of ringArcs) {
          const arc = index >= 0 ? index : ~index;
          const side = landOnLeft === index >= 0 ? 'left' : 'right';
          sides[arc] = sides[arc] === undefined ? side : 'both';
        }
      });
    }
  }
  return sides.map((side) => side ?? 'both');
}

type Point = [x: number, y: number];

/** Every arc's points by grid cell, to find the points near a stretch of line quickly. */
class PointGrid {
  private readonly cells = new Map<number, { arc: number; index: number }[]>();

  constructor(
    private readonly arcs: readonly Point[][],
    private readonly cellSize: number,
  ) {
    arcs.forEach((arc, arcIndex) =>
      arc.forEach(([x, y], index) => {
        const key = this.key(this.column(x), this.row(y));
        const cell = this.cells.get(key);
        if (cell === undefined) this.cells.set(key, [{ arc: arcIndex, index }]);
        else cell.push({ arc: arcIndex, index });
      }),
    );
  }

  private column(x: number): number {
    return Math.floor(x / this.cellSize);
  }

  private row(y: number): number {
    return Math.floor(y / this.cellSize);
  }

  /** One number per cell: at the zooms used here a column holds far fewer than 2^19 rows. */
  private key(column: number, row: number): number {
    return column * 2 ** 20 + row;
  }

  /** Whether a point of any other line, or of this arc outside the stretch, lies in `area`. */
  anyInside(area: Point[], arc: number, first: number, end: number): boolean {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of area) {
      west = Math.min(west, x);
      south = Math.min(south, y);
      east = Math.max(east, x);
      north = Math.max(north, y);
    }
    const [a, b] = [area[0]!, area[area.length - 1]!];
    for (let column = this.column(west); column <= this.column(east); column++) {
      for (let row = this.row(south); row <= this.row(north); row++) {
        for (const point of this.cells.get(this.key(column, row)) ?? []) {
          if (point.arc === arc && point.index >= first && point.index <= end) continue;
          const [x, y] = this.arcs[point.arc]![point.index]!;
          // A junction the stretch ends at is on the area's edge, not in it.
          if ((x === a[0] && y === a[1]) || (x === b[0] && y === b[1])) continue;
          if (x >= west && x <= east && y >= south && y <= north && isInside([x, y], area)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

/** Even–odd test against a ring given open (its closing edge implied). */
function isInside([x, y]: Point, ring: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Douglas–Peucker with a tolerance for each side of the line: which points of arc `arcIndex`
 * stay. A chord is taken only if no other point lies between it and the stretch it replaces, so
 * simplified lines neither cross each other nor swallow a neighbour's shore.
 */
function keptPoints(
  arcIndex: number,
  grid: PointGrid,
  projected: Point[],
  landSide: LandSide,
  tolerance: Tolerance,
): Uint8Array {
  const last = projected.length - 1;
  const kept = new Uint8Array(projected.length);
  kept[0] = kept[last] = 1;
  const stack: [number, number][] = [[0, last]];
  while (stack.length > 0) {
    const [first, end] = stack.pop()!;
    if (end - first < 2) continue;
    const [ax, ay] = projected[first]!;
    const [bx, by] = projected[end]!;
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    let worst = 0;
    let worstIndex = first + 1;
    for (let i = first + 1; i < end; i++) {
      const [px, py] = projected[i]!;
      const t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
      const along = Math.max(0, Math.min(1, t));
      const distance = Math.hypot(px - (ax + along * dx), py - (ay + along * dy));
      const cross = dx * (py - ay) - dy * (px - ax);
      // A coast point left on the land's side of the chord: the chord passes over the sea.
      const overSea = (landSide === 'left' && cross > 0) || (landSide === 'right' && cross < 0);
      const allowed =
        landSide === 'both' ? tolerance.border : overSea ? tolerance.sea : tolerance.land;
      if (distance / allowed > worst) {
        worst = distance / allowed;
        worstIndex = i;
      }
    }
    if (worst > 1 || grid.anyInside(projected.slice(first, end + 1), arcIndex, first, end)) {
      kept[worstIndex] = 1;
      stack.push([first, worstIndex], [worstIndex, end]);
    }
  }
  return kept;
}

/**
 * The topology with every arc that meets `box` simplified within `tolerance` pixels at `zoom`;
 * arcs beyond it are left as they are, since the band cuts them away.
 */
export function simplifyArcs(
  topology: WorldTopology,
  zoom: number,
  box: BBox = WHOLE_WORLD,
  tolerance: Tolerance = TOLERANCE,
): WorldTopology {
  const arcs = decodeArcs(topology);
  const sides = landSides(topology, arcs);
  const pixel = unitsPerPixel(zoom);
  const inUnits = {
    border: tolerance.border * pixel,
    land: tolerance.land * pixel,
    sea: tolerance.sea * pixel,
  };
  const meetsBox = arcs.map((arc) => intersection(extentOf([arc]), box) !== undefined);
  // Measured on each arc made continuous across 180°, so no step in it spans the world.
  const projected = arcs.map((arc, index) =>
    meetsBox[index] ? unwrap(arc, arc[0]![0]!).map(mercator) : [],
  );
  const grid = new PointGrid(projected, GRID_CELL_PIXELS * pixel);
  const simplified = arcs.map((arc, index) => {
    if (!meetsBox[index]) return arc;
    const kept = keptPoints(index, grid, projected[index]!, sides[index]!, inUnits);
    return arc.filter((_, i) => kept[i] === 1);
  });
  return { type: 'Topology', objects: topology.objects, arcs: simplified };
}

/**
 * The composed countries of `bands`, each band's topology read by `readTopology` and simplified
 * within `tolerance`, or with every point of the source if it is null.
 */
export function countriesInBands(
  readTopology: (detail: Detail) => WorldTopology,
  bands: readonly DetailBand[] = DETAIL_BANDS,
  tolerance: Tolerance | null = TOLERANCE,
): CountryCollection {
  return composeCountries(
    bands.map(({ detail, box, zoom, decimals }) => {
      const topology = readTopology(detail);
      const source = tolerance === null ? topology : simplifyArcs(topology, zoom, box, tolerance);
      return { countries: countriesFromTopology(source), box, decimals };
    }),
  );
}

/** Polygons merged where they touch or overlap: the cut edges between a country's pieces go. */
function unionOf(polygons: Position[][][]): Position[][][] {
  const merged = union(featureCollection(polygons.map((rings) => turfPolygon(rings))));
  return merged === null ? [] : polygonsOf(merged.geometry);
}

export interface LabelProperties {
  id: string;
  name: string;
  /** Larger countries get a smaller rank and show from lower zooms. */
  rank: number;
}

/** One label point per country, inside its largest polygon. */
export function labelPoints(
  collection: CountryCollection,
): FeatureCollection<{ type: 'Point'; coordinates: Position }, LabelProperties> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((country) => {
      const largest = polygonsOf(country.geometry)
        .map((rings) => ({ type: 'Polygon' as const, coordinates: rings }))
        .sort((a, b) => area(b) - area(a))[0]!;
      const middle = centroid(largest);
      const point = booleanPointInPolygon(middle, largest) ? middle : pointOnFeature(largest);
      const km2 = area(country) / 1e6;
      const rank = km2 > 2_000_000 ? 1 : km2 > 300_000 ? 2 : km2 > 50_000 ? 3 : km2 > 5_000 ? 4 : 5;
      return {
        type: 'Feature',
        id: country.id,
        properties: { id: country.properties.id, name: country.properties.name, rank },
        geometry: {
          type: 'Point',
          coordinates: roundPosition(point.geometry.coordinates, 3),
        },
      };
    }),
  };
}

/** The ids of the countries the atlas knows: the fact base's entities of kind `country`. */
export function atlasCountryIds(base: FactBase): Set<string> {
  return new Set(base.entities.filter((e) => e.kinds.includes('country')).map((e) => e.id));
}

/**
 * The one GeoJSON the map's basemap source reads, told apart by `kind`: the polygons of the
 * countries the atlas knows, with their membership, for colouring, hit tests and highlights, and
 * every country's label point. Other countries need no polygon: the tiles' earth and boundaries
 * draw them.
 */
export function composeBasemap(
  countries: CountryCollection,
  labels: ReturnType<typeof labelPoints>,
  base: FactBase,
): FeatureCollection {
  const atlasCountries = atlasCountryIds(base);
  const outlined = countries.features.filter((f) => atlasCountries.has(f.properties.id));
  const missing = [...atlasCountries].filter((id) => !outlined.some((f) => f.properties.id === id));
  if (missing.length > 0) throw new Error(`basemap: no outline for ${missing.join(', ')}`);
  const membership = membershipOf(base);
  const partners = new Set(membership.partners);
  const baltic = new Set(membership.baltic);
  const membershipProperties = (id: string): MembershipProperties => ({
    ...(membership.accession[id] !== undefined ? { joined: membership.accession[id] } : {}),
    ...(partners.has(id) ? { partner: true as const } : {}),
    ...(baltic.has(id) ? { baltic: true as const } : {}),
  });
  return {
    type: 'FeatureCollection',
    features: [
      // Only what the map reads: MapLibre takes the id from the properties (promoteId), and a
      // country's name is on its label point. Each byte here is on every first load.
      ...outlined.map((f) => ({
        type: 'Feature' as const,
        properties: {
          kind: 'country',
          id: f.properties.id,
          ...membershipProperties(f.properties.id),
        },
        geometry: f.geometry,
      })),
      ...labels.features.map((f) => ({
        type: 'Feature' as const,
        properties: { kind: 'label', ...f.properties },
        geometry: f.geometry,
      })),
    ],
  };
}

/**
 * The basemap from its sources in `bands` (all of DETAIL_BANDS, or the overview's), simplified,
 * with labels placed on the unsimplified outlines of all the bands, so both files put a label in
 * the same place.
 */
export function basemapFromSources(
  readTopology: (detail: Detail) => WorldTopology,
  base: FactBase,
  bands: readonly DetailBand[] = DETAIL_BANDS,
): FeatureCollection {
  // No simplification moves a label or changes the rank a country's area gives it.
  const labels = labelPoints(countriesInBands(readTopology, DETAIL_BANDS, null));
  return composeBasemap(countriesInBands(readTopology, bands), labels, base);
}

/**
 * The overview: every band but the Baltic one, whose detail is first drawn at zoom 8. A view
 * below that reads this smaller file; the map fetches the detailed one as the view nears it.
 */
export const OVERVIEW_BANDS: readonly DetailBand[] = DETAIL_BANDS.slice(0, -1);

/**
 * Steps of the topology's grid: 0.001° of longitude, the finest band's rounding (DETAIL_BANDS),
 * so quantizing moves no point by more than that rounding already did.
 */
const QUANTIZATION = 360_000;

/** The basemap as the file the map reads: countries and label points, two objects of one topology. */
export function basemapTopology(basemap: FeatureCollection, quantization = QUANTIZATION) {
  const ofKind = (kind: string): FeatureCollection => ({
    type: 'FeatureCollection',
    features: basemap.features.filter((f) => f.properties?.['kind'] === kind),
  });
  return topology({ countries: ofKind('country'), labels: ofKind('label') }, quantization);
}
