/**
 * Writes public/generated/names.json (geo/names.ts) from the basemap's labels, the fact base's
 * gazetteer, data/place-names.json, i18n-iso-countries' lv and lt locales and GeoNames' towns, so
 * the app ships the names it shows and not the package. Run by `npm run generate` after
 * geo/build-basemap.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import * as v from 'valibot';
import { describeIssues, parseFactBase } from '../data/factbase.ts';
import { PlaceNamesFileSchema } from '../data/names.ts';
import { readBasemapFile } from './basemap-file.ts';
import { composeNames } from './names.ts';
import { readCities } from './tiles/places.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'public', 'generated');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

for (const locale of ['lv', 'lt'])
  countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

const parsedTable = v.safeParse(
  PlaceNamesFileSchema,
  readJson(join(root, 'data', 'place-names.json')),
);
if (!parsedTable.success) {
  console.error(describeIssues('data/place-names.json', parsedTable.issues));
  process.exit(1);
}
const base = parseFactBase(readJson(join(generated, 'factbase.json')));
const basemapPath = join(generated, 'basemap', 'countries.topojson');
const basemap = readBasemapFile(readJson(basemapPath), basemapPath) as unknown as {
  features: { properties: { kind: string; id: string; name: string } }[];
};
const names = composeNames({
  labels: basemap.features.filter((f) => f.properties.kind === 'label').map((f) => f.properties),
  entities: base.entities,
  table: parsedTable.output,
  countryName: (id, locale) => countries.getName(id, locale),
  towns: readCities().map((city) => ({
    geonames: city.cityId,
    name: city.name,
    population: city.population,
    coordinates: city.loc.coordinates,
  })),
});
writeFileSync(join(generated, 'names.json'), JSON.stringify(names));
console.log(
  `names: ${Object.keys(names.countries).length} countries, ` +
    `${Object.keys(names.places).length} places, ${Object.keys(names.towns).length} towns`,
);
