/**
 * Every text the map draws as a label, read from the generated files the map itself reads: the
 * country names in both basemaps and the point layers' labels. For the glyph files and their test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Labelled {
  features: { properties: Record<string, unknown> }[];
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Labelled;

/** `generated`: public/generated, after `npm run generate`. */
export function mapLabels(generated: string): string[] {
  const countryNames = ['lite', 'fine'].flatMap((detail) =>
    read(join(generated, 'basemap', `basemap.${detail}.geojson`))
      .features.filter((f) => f.properties['kind'] === 'label')
      .map((f) => String(f.properties['name'])),
  );
  const pointLabels = read(join(generated, 'points.geojson')).features.map((f) =>
    String(f.properties['label']),
  );
  return [...countryNames, ...pointLabels];
}
