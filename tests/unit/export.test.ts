import { describe, expect, it } from 'vitest';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { LAYERS, LAYER_IDS, layerById } from '../../src/layers/index.ts';
import { citationText, documentDate, factLink, sourceLine } from '../../src/export/citation.ts';
import {
  countryGeometries,
  csvField,
  layerCsv,
  layerGeoJson,
  layerRows,
} from '../../src/export/layer-data.ts';
import { legendEntries } from '../../src/export/map-image.ts';
import { LIGHT } from '../../src/map/theme.ts';
import { FIRST_YEAR, PRESENT_YEAR } from '../../src/state/explorer.svelte.ts';
import { parseHash } from '../../src/state/url.ts';
import { parseCsv } from '../csv.ts';

const atlas = new Atlas(loadFactBaseFromDisk('.'));

function layer(id: string) {
  const found = layerById(id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(2004)).toBe('2004');
  });
});

describe('layer data', () => {
  it.each(LAYERS.map((layer) => [layer.id, layer] as const))(
    '%s: one feature per row, the same in GeoJSON and CSV',
    (_, layer) => {
      const rows = layerRows(atlas, layer);
      const expected =
        layer.geometry === 'country'
          ? atlas.members.size
          : new Set(
              atlas.points.filter((p) => layer.collections.includes(p.collection)).map((p) => p.id),
            ).size;
      expect(rows).toHaveLength(expected);
      const geojson = layerGeoJson(atlas, layer);
      expect(geojson.features).toHaveLength(expected);
      const csv = parseCsv(layerCsv(atlas, layer));
      expect(csv).toHaveLength(expected + 1);
      const header = csv[0]!;
      for (const line of csv) expect(line).toHaveLength(header.length);
      expect(header).toEqual(expect.arrayContaining(['id', 'name', 'fact_ids', 'spans', 'quotes']));
    },
  );

  it('members carry accession date and wave, and the citations of their facts', () => {
    const latvia = layerRows(atlas, layer('members')).find((r) => r.id === 'LVA')!;
    expect(latvia.properties).toMatchObject({ accession: '2004-03-29', wave: '2004' });
    const withFacts = layerRows(atlas, layer('members')).filter((r) => r.citations.length > 0);
    expect(withFacts.length).toBeGreaterThan(0);
  });

  it('a citation quotes exactly the document span it names', () => {
    for (const layer of LAYERS) {
      for (const row of layerRows(atlas, layer)) {
        for (const c of row.citations) {
          const fact = atlas.facts.get(c.fact)!;
          expect(fact.statement).toBe(c.statement);
          const evidence = fact.evidence.find((e) => e.start === c.span[0] && e.doc === c.document);
          expect(evidence?.quote).toBe(c.quote);
          expect(c.span[1] - c.span[0]).toBe(evidence!.end - evidence!.start);
        }
      }
    }
  });

  it('the CSV keeps quotes with commas and quotation marks intact', () => {
    const rows = layerRows(atlas, layer('efp'));
    const csv = parseCsv(layerCsv(atlas, layer('efp')));
    const header = csv[0]!;
    const quotes = header.indexOf('quotes');
    const ids = header.indexOf('fact_ids');
    rows.forEach((row, i) => {
      expect(csv[i + 1]![quotes]).toBe(row.citations.map((c) => c.quote).join('\n'));
      expect(csv[i + 1]![ids]!.split('\n')).toHaveLength(row.citations.length);
    });
    expect(rows.some((r) => r.citations.some((c) => /[,"\n]/.test(c.quote)))).toBe(true);
  });

  it('points have Point geometry; members take the outlines given, merged across parts', () => {
    const efp = layerGeoJson(atlas, layer('efp'));
    expect(efp.features.every((f) => f.geometry?.type === 'Point')).toBe(true);
    const square = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ];
    const outlines = countryGeometries({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'LVA' },
          geometry: { type: 'Polygon', coordinates: square },
        },
        {
          type: 'Feature',
          properties: { id: 'USA' },
          geometry: { type: 'Polygon', coordinates: square },
        },
        {
          type: 'Feature',
          properties: { id: 'USA' },
          geometry: { type: 'Polygon', coordinates: square },
        },
      ],
    });
    expect(outlines.get('USA')?.type).toBe('MultiPolygon');
    const members = layerGeoJson(atlas, layer('members'), outlines);
    const latvia = members.features.find((f) => f.id === 'LVA')!;
    expect(latvia.geometry?.type).toBe('Polygon');
    expect(members.features.find((f) => f.id === 'FRA')!.geometry).toBeNull();
  });
});

describe('citation', () => {
  const fact = atlas.factBase.facts.find((f) => f.evidence.length > 0 && f.entities.length > 1)!;

  it('gives the statement, the quotes in quotation marks, the source and a link', () => {
    const text = citationText(atlas, fact, 'http://localhost:4173/#map=5/1/2');
    const doc = atlas.documents.get(fact.evidence[0]!.doc)!;
    expect(text.startsWith(fact.statement)).toBe(true);
    expect(text).toContain(`“${fact.evidence[0]!.quote}”`);
    expect(text).toContain(doc.title);
    expect(text).toContain(doc.publisher);
    expect(text).not.toContain('#map=');
    expect(text.trim().split('\n').at(-1)).toBe(factLink(atlas, fact, 'http://localhost:4173/'));
  });

  it('links to a hash the explorer parses back to the same fact', () => {
    const link = factLink(atlas, fact, 'http://localhost:4173/');
    const parsed = parseHash(new URL(link).hash, {
      layers: new Set(LAYER_IDS),
      entities: new Set(atlas.entities.keys()),
      documents: new Set(atlas.documents.keys()),
      facts: new Set(atlas.facts.keys()),
      years: { min: FIRST_YEAR, max: PRESENT_YEAR },
    });
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state).toEqual({
      selected: expect.any(String),
      doc: fact.evidence[0]!.doc,
      fact: fact.id,
    });
  });
});

describe('source line', () => {
  const doc = {
    title: 'Latvia and NATO',
    publisher: 'Ministry of Defence of the Republic of Latvia',
  };

  it('names the publisher and the title, and no date while the data has none', () => {
    expect(sourceLine(doc)).toBe(
      'Ministry of Defence of the Republic of Latvia, “Latvia and NATO”',
    );
    expect(documentDate(doc)).toBeUndefined();
  });

  it('adds the date of publication as precisely as it is known', () => {
    expect(sourceLine({ ...doc, published: '2018' })).toBe(
      'Ministry of Defence of the Republic of Latvia, “Latvia and NATO”, 2018',
    );
    expect(documentDate({ ...doc, published: { start: '2018-03-29', precision: 'day' } })).toBe(
      '29 March 2018',
    );
  });

  it('gives the retrieval date when there is no date of publication, and ignores a bad date', () => {
    expect(documentDate({ ...doc, retrieved: '2026-05-02' })).toBe('retrieved 2 May 2026');
    expect(documentDate({ ...doc, published: '2018', retrieved: '2026-05-02' })).toBe('2018');
    expect(documentDate({ ...doc, published: 'last spring' })).toBeUndefined();
  });

  it('is the source line of every copied citation', () => {
    const fact = atlas.factBase.facts.find((f) => f.evidence.length > 0)!;
    const doc = atlas.documents.get(fact.evidence[0]!.doc)!;
    expect(citationText(atlas, fact, 'http://localhost:4173/')).toContain(`— ${sourceLine(doc)}`);
  });
});

describe('legend of the PNG export', () => {
  it('lists the waves for members and one symbol per visible point layer', () => {
    expect(legendEntries(new Set(['efp', 'summits']), LIGHT).map((e) => e.label)).toEqual([
      'eFP battlegroups',
      'Summits and NATO institutions',
    ]);
    const all = legendEntries(new Set(LAYER_IDS), LIGHT);
    // Six waves, the partners and the Baltic outline.
    expect(all.filter((e) => e.shape === 'swatch')).toHaveLength(8);
    expect(legendEntries(new Set(), LIGHT)).toEqual([]);
  });
});
