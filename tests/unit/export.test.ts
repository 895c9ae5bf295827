import { readFileSync } from 'node:fs';
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
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import {
  A4_300DPI,
  EXPORT_MARGIN,
  FRAME,
  exportViewport,
  imageLayout,
  layoutLegend,
  pixelRatioFor,
  wallPoints,
  wrapWords,
  type Measure,
} from '../../src/export/image-layout.ts';
import { legendEntries, sourceLineText } from '../../src/export/map-image.ts';
import {
  exportStyle,
  WALL_ICON_SIZE,
  WALL_LAYER,
  WALL_SPACING,
} from '../../src/map/export-style.ts';
import { buildStyle, styleLayerIds } from '../../src/map/style.ts';
import { DARK, LIGHT } from '../../src/map/theme.ts';
import { FIRST_YEAR, PRESENT_YEAR } from '../../src/state/explorer.svelte.ts';
import { parseHash } from '../../src/state/url.ts';
import { parseCsv } from '../csv.ts';
import { TOPICS } from '../../data/schema.ts';
import { DEFAULT_VIEW } from '../../src/state/default-view.ts';

const atlas = new Atlas(loadFactBaseFromDisk('.'));
/** The line under the legend in English, the language on screen in Node. */
const SOURCE_LINE = sourceLineText();

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

  it('adds the statements in the language on screen beside the English, columns unchanged', () => {
    const lv = JSON.parse(readFileSync('data/translations/statements.lv.json', 'utf8')) as {
      statements: Record<string, string>;
    };
    const translation = { language: 'lv', statements: lv.statements };
    const english = parseCsv(layerCsv(atlas, layer('efp')));
    const latvian = parseCsv(layerCsv(atlas, layer('efp'), translation));
    const header = latvian[0]!;
    expect(header.filter((name) => name !== 'statements_lv')).toEqual(english[0]);
    const ids = header.indexOf('fact_ids');
    const column = header.indexOf('statements_lv');
    expect(header[column - 1]).toBe('statements');
    const firstRow = latvian[1]!;
    const firstFact = firstRow[ids]!.split('\n')[0]!;
    expect(firstRow[column]!.split('\n')[0]).toBe(lv.statements[firstFact]);
    const feature = layerGeoJson(atlas, layer('efp'), new Map(), translation).features[0]!;
    const citation = (feature.properties?.['citations'] as Record<string, string>[])[0]!;
    expect(citation['statement_lv']).toBe(lv.statements[citation['fact']!]);
    expect(citation['statement']).toBe(atlas.facts.get(citation['fact']!)?.statement);
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

/** A stand-in for canvas text measurement: every character half the font size wide. */
const halfEm: Measure = (text, px) => text.length * px * 0.5;
const METRICS = { symbol: 14, symbolGap: 6, itemGap: 16, rowHeight: 22 };

describe('legend layout of the PNG export', () => {
  it('puts entries side by side until the next would cross the width, then wraps', () => {
    // Each entry is 14 + 6 + 80 = 100 wide with 16 between: two fit in 216, not three.
    const { items, height } = layoutLegend([80, 80, 80, 80, 80], 216, METRICS);
    expect(items.map(({ x, y }) => [x, y])).toEqual([
      [0, 0],
      [116, 0],
      [0, 22],
      [116, 22],
      [0, 44],
    ]);
    expect(height).toBe(66);
  });

  it('needs no gap after the last entry of a row', () => {
    // 100 + 16 + 100 = 216 fits exactly in 216.
    expect(layoutLegend([80, 80], 216, METRICS).items.map((i) => i.y)).toEqual([0, 0]);
    expect(layoutLegend([80, 80], 215, METRICS).items.map((i) => i.y)).toEqual([0, 22]);
  });

  it('gives an entry wider than a row a row of its own, its label squeezed to the width', () => {
    const { items } = layoutLegend([40, 500, 40], 200, METRICS);
    expect(items.map(({ x, y }) => [x, y])).toEqual([
      [0, 0],
      [0, 22],
      [0, 44],
    ]);
    expect(items[1]!.labelWidth).toBe(200 - 14 - 6);
    for (const item of items) expect(item.x + 20 + item.labelWidth).toBeLessThanOrEqual(200);
  });

  it('takes no height without entries', () => {
    expect(layoutLegend([], 300, METRICS)).toEqual({ items: [], height: 0 });
  });

  it('wraps the sources line by words within the width, losing none', () => {
    const lines = wrapWords(SOURCE_LINE, 300, (line) => line.length * 6);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length * 6).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(SOURCE_LINE);
  });
});

describe('size of the PNG export', () => {
  const labels = legendEntries(new Set(LAYER_IDS), LIGHT).map((e) => e.label);

  it('Screen view ×2 is the map at twice its CSS size, the title above and the footer below', () => {
    const layout = imageLayout(
      { size: 'screen', screen: { width: 624, height: 941 } },
      labels,
      SOURCE_LINE,
      halfEm,
    );
    expect(layout.ratio).toBe(2);
    expect(layout.width).toBe(1248);
    expect(layout.map).toEqual({ x: 0, y: FRAME.titleHeight * 2, width: 1248, height: 1882 });
    expect(layout.legend.top).toBeGreaterThanOrEqual(layout.map.y + layout.map.height);
    const footerBottom =
      layout.sources.top + layout.sources.lines.length * layout.sources.lineHeight;
    expect(layout.height).toBe(Math.ceil(footerBottom + FRAME.pad * 2));
  });

  it('A4 is 3508 × 2480 in all, whatever the screen, the map taking what the frame leaves', () => {
    for (const screen of [undefined, { width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
      const layout = imageLayout({ size: 'a4', screen }, labels, SOURCE_LINE, halfEm);
      expect([layout.width, layout.height]).toEqual([A4_300DPI.width, A4_300DPI.height]);
      expect(layout.ratio).toBe(pixelRatioFor('a4'));
      expect(layout.map.width).toBe(3508);
      const footerBottom =
        layout.sources.top + layout.sources.lines.length * layout.sources.lineHeight;
      expect(footerBottom).toBeLessThanOrEqual(A4_300DPI.height);
      expect(layout.map.height).toBeGreaterThan(A4_300DPI.height / 2);
    }
  });

  it('the frame scales with the resolution: A4 text is 300/96 of its CSS size', () => {
    const sizes: number[] = [];
    const measure: Measure = (text, px) => {
      sizes.push(px);
      return halfEm(text, px);
    };
    imageLayout({ size: 'a4' }, labels, SOURCE_LINE, measure);
    expect(sizes).toContain(FRAME.legendFont * 3.125);
    expect(sizes).toContain(FRAME.sourceFont * 3.125);
  });

  it('a longer legend takes more of the A4 page, never more than the frame allows', () => {
    const short = imageLayout({ size: 'a4' }, labels.slice(0, 1), SOURCE_LINE, halfEm);
    const long = imageLayout(
      { size: 'a4' },
      [...labels, ...labels, ...labels],
      SOURCE_LINE,
      halfEm,
    );
    expect(long.legend.height).toBeGreaterThan(short.legend.height);
    expect(long.map.height).toBeLessThan(short.map.height);
    expect(long.height).toBe(A4_300DPI.height);
  });
});

describe('crop of the PNG export', () => {
  it('the hidden map is a margin larger on every side and the crop lies wholly inside it', () => {
    for (const ratio of [2, 300 / 96, 1.5]) {
      for (const map of [
        { width: 1248, height: 1882 },
        { width: 3508, height: 1999 },
        { width: 1, height: 1 },
        { width: 777, height: 333 },
      ]) {
        const { container, crop, cropCss } = exportViewport(map, ratio);
        // MapLibre's canvas is round(ratio × CSS size) device pixels.
        const canvas = {
          width: Math.round(container.width * ratio),
          height: Math.round(container.height * ratio),
        };
        expect([crop.width, crop.height]).toEqual([map.width, map.height]);
        expect(crop.x).toBe(Math.round(EXPORT_MARGIN * ratio));
        expect(crop.x + crop.width).toBeLessThanOrEqual(canvas.width);
        expect(crop.y + crop.height).toBeLessThanOrEqual(canvas.height);
        // A margin's room beyond the crop on the far sides too, for labels to be placed in.
        expect(canvas.width - crop.x - crop.width).toBeGreaterThanOrEqual(
          Math.floor(EXPORT_MARGIN * ratio),
        );
        expect(cropCss.x * ratio).toBeCloseTo(crop.x);
        expect(cropCss.width * ratio).toBeCloseTo(crop.width);
      }
    }
  });

  it('the wall covers the whole crop line: every point on it, no gap wider than an icon', () => {
    const rect = { x: 64, y: 64, width: 561.3, height: 300 };
    const points = wallPoints(rect, WALL_SPACING);
    const onEdge = ([x, y]: [number, number]) =>
      Math.abs(x - rect.x) < 1e-9 ||
      Math.abs(x - rect.x - rect.width) < 1e-9 ||
      Math.abs(y - rect.y) < 1e-9 ||
      Math.abs(y - rect.y - rect.height) < 1e-9;
    expect(points.every(onEdge)).toBe(true);
    const ring = [...points, points[0]!];
    for (let i = 1; i < ring.length; i++) {
      const gap = Math.hypot(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
      expect(gap).toBeLessThanOrEqual(WALL_SPACING + 1e-9);
    }
    expect(WALL_SPACING).toBeLessThan(WALL_ICON_SIZE);
    for (const corner of [
      [64, 64],
      [64 + 561.3, 64],
      [64 + 561.3, 364],
      [64, 364],
    ])
      expect(points).toContainEqual(corner);
  });

  it("the export style is the map's own, valid, with hidden layers hidden and the wall placed first", () => {
    for (const palette of [LIGHT, DARK]) {
      const base = buildStyle(palette, 'http://localhost/', { year: 2004 }, DEFAULT_VIEW.zoom);
      const style = exportStyle(base, new Set(['efp']), [
        [24, 56],
        [25, 57],
      ]);
      expect(validateStyleMin(style)).toEqual([]);
      // MapLibre places the last symbol layer first.
      expect(style.layers.at(-1)!.id).toBe(WALL_LAYER);
      expect(style.layers.slice(0, -1)).toHaveLength(base.layers.length);
      expect(style.state).toEqual(base.state);
      for (const [layerId, ids] of styleLayerIds()) {
        for (const id of ids) {
          const layer = style.layers.find((l) => l.id === id)!;
          const visibility = (layer.layout as { visibility?: string } | undefined)?.visibility;
          if (layerId === 'efp') expect(visibility).not.toBe('none');
          else expect(visibility).toBe('none');
        }
      }
    }
  });
});
