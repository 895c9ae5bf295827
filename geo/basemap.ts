/**
 * Pure functions that turn Natural Earth TopoJSON (from the `world-atlas` package) into the
 * GeoJSON the map draws: countries keyed by a stable id, finer inside Europe than beyond it, and
 * label points. No file system here: `geo/world-atlas.ts` reads the package, `geo/build-basemap.ts`
 * writes the files. Topology spec: https://github.com/topojson/topojson-specification
 */
import { feature } from 'topojson-client';
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
import type { Membership } from '../data/membership.ts';

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
 * Europe from Iceland to the Urals and the Caucasus: inside this box the map uses finer Natural
 * Earth detail, so views at zoom 7 to 9 around the Baltic bases look right; outside it 110m keeps
 * the first load small. The east edge at 60°E follows the Urals.
 */
export const EUROPE_BOX: BBox = [-32, 27, 60, 82];

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
 * rounding creates: smaller files, same picture.
 */
export function roundRing(
  ring: Position[],
  decimals: number | ((position: Position) => number),
): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const r = roundPosition(p, typeof decimals === 'number' ? decimals : decimals(p));
    const prev = out[out.length - 1];
    if (prev === undefined || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
  }
  return out;
}

export interface Precision {
  inside: number;
  outside: number;
}

/**
 * One world of countries: `inside` topology's detail within the box, `outside` topology's detail
 * beyond it, coordinates rounded to the precision of the side they are on. Features keep one id
 * across both, so feature-state and selection need not care.
 *
 * A country the box cuts (Russia at 60°E, Algeria to Saudi Arabia at 27°N, Greenland at 32°W) is
 * put back together after the cut: the map outlines every polygon edge, so pieces left apart
 * would draw a border along the box's edge that no map has.
 */
export function composeCountries(
  outside: Map<string, CountryFeature>,
  inside: Map<string, CountryFeature>,
  box: BBox,
  precision: Precision,
): CountryCollection {
  const ids = new Set([...outside.keys(), ...inside.keys()]);
  const features: CountryFeature[] = [];
  const decimalsAt = ([x, y]: Position) =>
    x! >= box[0] && x! <= box[2] && y! >= box[1] && y! <= box[3]
      ? precision.inside
      : precision.outside;
  for (const id of [...ids].sort()) {
    const coarse = outside.get(id);
    const fine = inside.get(id);
    const inBox = fine === undefined ? [] : clipPolygons(polygonsOf(fine.geometry), box);
    let polygons: Position[][][];
    if (inBox.length === 0) {
      // Wholly outside the box: uncut, so there are no cut edges to outline.
      polygons = coarse === undefined ? [] : polygonsOf(coarse.geometry);
    } else {
      const beyondBox =
        coarse === undefined
          ? []
          : stripsAround(box).flatMap((strip) => clipPolygons(polygonsOf(coarse.geometry), strip));
      polygons = beyondBox.length === 0 ? inBox : unionOf([...beyondBox, ...inBox]);
    }
    const usable = polygons
      .map((rings) => rings.map((ring) => roundRing(ring, decimalsAt)).filter(isUsableRing))
      .filter((rings) => rings.length > 0);
    if (usable.length === 0) continue;
    const name = (fine ?? coarse)!.properties.name;
    features.push({ type: 'Feature', id, properties: { id, name }, geometry: asGeometry(usable) });
  }
  return { type: 'FeatureCollection', features };
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

/**
 * The one GeoJSON the map's basemap source reads: countries (with their membership) and label
 * points, told apart by `kind`. One file and one source instead of three: one fetch, one parse and
 * one tile set in MapLibre's worker, and one tile message per tile. No separate border and
 * coastline lines: the map outlines the country polygons themselves, which draws both and halves
 * the file (the lines were 42 of its 104 KB gzipped).
 */
export function composeBasemap(
  countries: CountryCollection,
  labels: ReturnType<typeof labelPoints>,
  membership: Membership,
): FeatureCollection {
  const partners = new Set(membership.partners);
  const baltic = new Set(membership.baltic);
  const membershipOf = (id: string): MembershipProperties => ({
    ...(membership.accession[id] !== undefined ? { joined: membership.accession[id] } : {}),
    ...(partners.has(id) ? { partner: true as const } : {}),
    ...(baltic.has(id) ? { baltic: true as const } : {}),
  });
  return {
    type: 'FeatureCollection',
    features: [
      // Only what the map reads: MapLibre takes the id from the properties (promoteId), and a
      // country's name is on its label point. Each byte here is on every first load.
      ...countries.features.map((f) => ({
        type: 'Feature' as const,
        properties: { kind: 'country', id: f.properties.id, ...membershipOf(f.properties.id) },
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
