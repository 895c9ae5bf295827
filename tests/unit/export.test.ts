import { describe, expect, it } from 'vitest';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { LAYERS, LAYER_IDS, layerById } from '../../src/layers/index.ts';
import { citationText, factLink, sourceLine } from '../../src/export/citation.ts';
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
import { TOPICS } from '../../data/schema.ts';

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

describe('spans in the exports', () => {
  it('gives each place its span, precision and sources in the CSV and the GeoJSON', () => {
    const csv = parseCsv(layerCsv(atlas, layer('operations')));
    const header = csv[0]!;
    for (const column of [
      'span',
      'start',
      'start_precision',
      'start_source',
      'end',
      'end_source',
    ]) {
      expect(header, column).toContain(column);
    }
    const row = (id: string) => csv.find((r) => r[header.indexOf('id')] === id)!;
    const cell = (id: string, column: string) => row(id)[header.indexOf(column)];
    expect(cell('ghor-province', 'start')).toBe('2005');
    expect(cell('ghor-province', 'end')).toBe('2013');
    expect(cell('ghor-province', 'start_source')).toBe('fact lt-ghor-prt-2005-2013');
    expect(cell('kfor', 'start')).toBe('as of lv-latvia-and-nato');
    expect(cell('kfor', 'start_precision')).toBe('unknown');
    expect(cell('minusma', 'end_source')).toMatch(/^background: United Nations/);
    const geojson = layerGeoJson(atlas, layer('efp'));
    const tapa = geojson.features.find((f) => f.properties?.['id'] === 'tapa')!;
    expect(tapa.properties?.['start']).toBe('2017');
    expect(tapa.properties?.['start_source']).toMatch(/^background: NATO/);
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

  it('carries the document’s date, and the "as of" date of a statement about its present', () => {
    const asOf = atlas.facts.get('lt-14-years-member')!;
    const text = citationText(atlas, asOf, 'http://localhost:4173/');
    expect(text.split('\n')[0]).toBe(`${asOf.statement} (as of 2018)`);
    expect(text).toContain('Published 2018; retrieved by 23 November 2026');
    const undated = atlas.facts.get('lv-attache-berlin')!;
    expect(citationText(atlas, undated, 'http://localhost:4173/')).toContain(
      'Undated; retrieved by',
    );
  });

  it('links to a hash the explorer parses back to the same fact', () => {
    const link = factLink(atlas, fact, 'http://localhost:4173/');
    const parsed = parseHash(new URL(link).hash, {
      layers: new Set(LAYER_IDS),
      entities: new Set(atlas.entities.keys()),
      documents: new Set(atlas.documents.keys()),
      topics: new Set(TOPICS),
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
  it('names the publisher, the title and how the document is dated', () => {
    const lt = atlas.documents.get('lt-active-reliable-ally')!;
    expect(sourceLine(lt)).toBe(
      `${lt.publisher}, “${lt.title}” (Published 2018; retrieved by 23 November 2026)`,
    );
    const ln = atlas.documents.get('lv-latvia-and-nato')!;
    expect(sourceLine(ln)).toMatch(/\(Undated, written 2022 or later; retrieved by /);
  });

  it('is the source line of every copied citation', () => {
    const fact = atlas.factBase.facts.find((f) => f.evidence.length > 0)!;
    const doc = atlas.documents.get(fact.evidence[0]!.doc)!;
    expect(citationText(atlas, fact, 'http://localhost:4173/')).toContain(`— ${sourceLine(doc)}`);
  });
});

describe('legend of the PNG export', () => {
  it('lists the waves for members and one symbol per visible point layer', () => {
    const labels = legendEntries(new Set(['efp', 'summits']), LIGHT).map((e) => e.label);
    expect(labels.slice(0, 2)).toEqual(['eFP battlegroups', 'Summits and NATO institutions']);
    // Points whose start is not dated are drawn dashed, and the legend says so.
    expect(labels[2]).toMatch(/^Dashed: start not dated/);
    expect(labels).toHaveLength(3);
    const all = legendEntries(new Set(LAYER_IDS), LIGHT);
    // Six waves, the partners and the Baltic outline.
    expect(all.filter((e) => e.shape === 'swatch')).toHaveLength(8);
    expect(legendEntries(new Set(), LIGHT)).toEqual([]);
  });
});
