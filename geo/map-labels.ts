/**
 * Every text the map draws as a label, read from the generated files the map itself reads: the
 * country names in the basemap, the points' names, and both in Latvian and Lithuanian (names.json,
 * which the labels switch to). For the glyph files and their test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBasemapFile } from './basemap-file.ts';

interface Labelled {
  features: { properties: Record<string, unknown> }[];
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Labelled;

/**
 * The letters of Latvian and Lithuanian, small and capital, whether or not a label uses them
 * yet: a name added to the data must not draw a blank box.
 */
export const LANGUAGE_LETTERS = 'āčēģīķļņšūž' + 'ąčęėįšųūž';
export const LANGUAGE_LETTERS_BOTH_CASES = LANGUAGE_LETTERS + LANGUAGE_LETTERS.toUpperCase();

interface NamesFile {
  countries: Record<string, { lv: string[]; lt: string[] }>;
  places: Record<string, { lv: string[]; lt: string[] }>;
}

/** `generated`: public/generated, after `npm run generate`. */
export function mapLabels(generated: string): string[] {
  const basemapPath = join(generated, 'basemap', 'countries.topojson');
  const basemap = readBasemapFile(JSON.parse(readFileSync(basemapPath, 'utf8')), basemapPath);
  const countryNames = basemap.features
    .filter((f) => f.properties?.['kind'] === 'label')
    .map((f) => String(f.properties?.['name']));
  // A point's label is its name and, for a residence, its count of attachés (the words around
  // the count are the style's: the glyph test reads them from the style).
  const pointLabels = read(join(generated, 'points.geojson')).features.flatMap((f) => [
    String(f.properties['name']),
    ...(f.properties['attaches'] === undefined ? [] : [String(f.properties['attaches'])]),
  ]);
  const names = JSON.parse(readFileSync(join(generated, 'names.json'), 'utf8')) as NamesFile;
  const localNames = [...Object.values(names.countries), ...Object.values(names.places)].flatMap(
    (entry) => [...entry.lv, ...entry.lt],
  );
  return [...countryNames, ...pointLabels, ...localNames, LANGUAGE_LETTERS_BOTH_CASES];
}
