import { readFileSync } from 'node:fs';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as v from 'valibot';
import { readBasemapFile } from '../../geo/basemap-file.ts';
import { describe, expect, it } from 'vitest';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import {
  countryName,
  NamesSchema,
  otherSpellings,
  PlaceNamesFileSchema,
  placeName,
  type Names,
} from '../../data/names.ts';
import { composeNames, type NameInputs } from '../../geo/names.ts';
import { readNames } from '../../src/data/read-names.ts';
import { labelTextFields } from '../../src/map/label-language.ts';
import { buildStyle } from '../../src/map/style.ts';
import { LIGHT } from '../../src/map/theme.ts';
import { DEFAULT_VIEW } from '../../src/state/default-view.ts';

/** The names the app reads, as `npm run generate` wrote them. */
function generatedNames(): Names {
  return v.parse(NamesSchema, JSON.parse(readFileSync('public/generated/names.json', 'utf8')));
}

function table() {
  return v.parse(PlaceNamesFileSchema, JSON.parse(readFileSync('data/place-names.json', 'utf8')));
}

describe('country names', () => {
  it('are the terminology table’s short forms in Latvian and Lithuanian', () => {
    const names = generatedNames();
    const expected: [string, string, string][] = [
      ['LVA', 'Latvija', 'Latvija'],
      ['LTU', 'Lietuva', 'Lietuva'],
      ['DEU', 'Vācija', 'Vokietija'],
      ['CAN', 'Kanāda', 'Kanada'],
      ['CZE', 'Čehija', 'Čekija'],
      ['GEO', 'Gruzija', 'Sakartvelas'],
      ['USA', 'Amerikas Savienotās Valstis', 'Jungtinės Valstijos'],
    ];
    for (const [id, lv, lt] of expected) {
      expect(countryName(names, id, 'lv'), id).toBe(lv);
      expect(countryName(names, id, 'lt'), id).toBe(lt);
    }
  });

  it('are the atlas’s own in English', () => {
    const names = generatedNames();
    expect(countryName(names, 'TUR', 'en')).toBe('Türkiye');
    expect(countryName(names, 'CZE', 'en')).toBe('Czechia');
  });

  it('cover every country the map labels and the gazetteer knows, in both languages', () => {
    const names = generatedNames();
    const file = 'public/generated/basemap/countries.topojson';
    const labels = readBasemapFile(JSON.parse(readFileSync(file, 'utf8')), file) as unknown as {
      features: { properties: { kind: string; id: string } }[];
    };
    const labelled = labels.features.filter((f) => f.properties.kind === 'label');
    const countries = loadFactBaseFromDisk('.').entities.filter((e) => e.kinds.includes('country'));
    for (const id of [...labelled.map((f) => f.properties.id), ...countries.map((e) => e.id)]) {
      expect(names.countries[id]?.lv.length, id).toBe(1);
      expect(names.countries[id]?.lt.length, id).toBe(1);
    }
  });

  it('take the reviewed override where the package has none or a long form', () => {
    const names = generatedNames();
    expect(countryName(names, 'XKX', 'lv')).toBe('Kosova');
    expect(countryName(names, 'MMR', 'lv')).toBe('Mjanma');
  });

  it('are unknown for an id the names do not hold', () => {
    expect(countryName(generatedNames(), 'XYZ', 'lv')).toBeUndefined();
  });
});

describe('place names', () => {
  it('are the terminology table’s forms, the local name where none is known', () => {
    const names = generatedNames();
    expect(placeName(names, 'vilnius', 'lv')).toBe('Viļņa');
    expect(placeName(names, 'vilnius', 'lt')).toBe('Vilnius');
    expect(placeName(names, 'warsaw', 'lt')).toBe('Varšuva');
    expect(placeName(names, 'kyiv', 'lv')).toBe('Kijiva');
    expect(placeName(names, 'washington', 'lt')).toBe('Vašingtonas');
    expect(placeName(names, 'siauliai-air-base', 'lv')).toBe('Šauļu aviobāze');
    expect(placeName(names, 'warsaw', 'en')).toBe('Warsaw');
    // No Latvian or Lithuanian form is recorded for Rukla: the gazetteer's name stays.
    expect(placeName(names, 'rukla', 'lv')).toBeUndefined();
  });

  it('give search every spelling in the other languages', () => {
    const names = generatedNames();
    expect(otherSpellings(names, 'siauliai-air-base')).toEqual(
      expect.arrayContaining(['Šauļi', 'Šauļu aviobāze', 'Šiaulių aviacijos bazė']),
    );
    expect(otherSpellings(names, 'DEU')).toEqual(['Vācija', 'Vokietija']);
  });

  it('each name the terminology table as their source', () => {
    for (const [id, entry] of Object.entries(table().places))
      expect(entry.source, id).toContain('terminology table, data/translations/README.md');
  });

  it('find the tile town of each documented city that has one', () => {
    expect(generatedNames().towns).toEqual({
      '593116': 'vilnius',
      '703448': 'kyiv',
      '756135': 'warsaw',
      '4140963': 'washington',
    });
  });
});

describe('composing the names', () => {
  const inputs = (): NameInputs => ({
    labels: [{ id: 'DEU', name: 'Germany' }],
    entities: [{ id: 'DEU', name: 'Germany', variants: [], kinds: ['country'], country: 'DEU' }],
    table: { reference: 'test', countries: {}, places: {} },
    countryName: (id, locale) =>
      id === 'DEU' ? { lv: 'Vācija', lt: 'Vokietija' }[locale] : undefined,
    towns: [],
  });

  it('fails naming a labelled country with no name', () => {
    const broken = { ...inputs(), labels: [...inputs().labels, { id: 'XYZ', name: 'Nowhere' }] };
    expect(() => composeNames(broken)).toThrow(/country XYZ \(Nowhere\) has no lv name/);
  });

  it('fails naming a place the gazetteer lacks', () => {
    const broken = inputs();
    broken.table.places['atlantis'] = { lv: ['Atlantīda'], source: 'none' };
    expect(() => composeNames(broken)).toThrow(/places\.atlantis: no such gazetteer entry/);
  });

  it('lets the table override the package', () => {
    const changed = inputs();
    changed.table.countries['DEU'] = { lv: 'Vācija (test)', lt: 'Vokietija', source: 'test' };
    expect(composeNames(changed).countries['DEU']?.lv).toEqual(['Vācija (test)']);
  });
});

describe('reading the names in the browser', () => {
  it('leaves out a bad entry and keeps the rest', () => {
    const { names, problems } = readNames({
      generated: 'x',
      countries: { DEU: { en: 'Germany', lv: ['Vācija'], lt: ['Vokietija'] }, FRA: { en: '' } },
      places: {},
      towns: { abc: 'vilnius' },
    });
    expect(Object.keys(names.countries)).toEqual(['DEU']);
    expect(problems).toEqual(['countries.FRA', 'towns.abc']);
  });
});

describe('map labels in a language', () => {
  const style = () => buildStyle(LIGHT, 'http://localhost/', { year: 2026 }, DEFAULT_VIEW.zoom);

  /** What a symbol layer draws for a feature at zoom 8. */
  function drawn(field: unknown, properties: Record<string, unknown>): string {
    const parsed = createExpression(field, 'layers[0].layout.text-field');
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return String(parsed.value.evaluate({ zoom: 8 } as never, { properties, type: 1 } as never));
  }

  function localizedStyle(locale: 'en' | 'lv' | 'lt') {
    const built = style();
    const fields = labelTextFields(built, generatedNames(), locale);
    return {
      ...built,
      layers: built.layers.map((layer) =>
        fields.has(layer.id) && layer.type === 'symbol'
          ? { ...layer, layout: { ...layer.layout, 'text-field': fields.get(layer.id) as never } }
          : layer,
      ),
    };
  }

  it('are a valid style in every language', () => {
    for (const locale of ['en', 'lv', 'lt'] as const)
      expect(validateStyleMin(localizedStyle(locale)), locale).toEqual([]);
  });

  it('draw countries, the layers’ places and documented towns in Latvian', () => {
    const fields = labelTextFields(style(), generatedNames(), 'lv');
    expect(drawn(fields.get('baltic-labels'), { id: 'LTU', name: 'Lithuania' })).toBe('Lietuva');
    expect(drawn(fields.get('country-labels'), { id: 'DEU', name: 'Germany' })).toBe('Vācija');
    const capitals = fields.get('capitals');
    expect(drawn(capitals, { geonames: 593116, name: 'Vilnius' })).toBe('Viļņa');
    // Another town keeps its local spelling.
    expect(drawn(capitals, { geonames: 456172, name: 'Rīga' })).toBe('Rīga');
    const points = [...fields].filter(([id]) => id.endsWith('-icons'));
    expect(points.length).toBeGreaterThan(0);
    expect(points.map(([, f]) => drawn(f, { id: 'warsaw', name: 'Warsaw' }))).toContain('Varšava');
  });

  it('draw in Lithuanian, and back in English as built', () => {
    const built = style();
    const lt = labelTextFields(built, generatedNames(), 'lt');
    expect(drawn(lt.get('country-labels'), { id: 'DEU', name: 'Germany' })).toBe('Vokietija');
    const en = labelTextFields(built, generatedNames(), 'en');
    for (const layer of built.layers)
      if (layer.type === 'symbol' && en.has(layer.id))
        expect(en.get(layer.id), layer.id).toEqual(layer.layout?.['text-field']);
  });
});
