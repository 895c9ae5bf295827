import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { DATA_FILES, DataError, buildFactBase } from '../../data/factbase.ts';
import type { DataFileKey, FactBaseInputs } from '../../data/factbase.ts';
import { placedRecords, type PointCollection } from '../../data/points.ts';
import type { Span } from '../../data/schema.ts';
import { allSpans, documentAsOf, isShownIn, shownYears, yearOf } from '../../data/spans.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { timelineEvents } from '../../src/data/events.ts';
import { LAYERS } from '../../src/layers/index.ts';
import { iconLayerId } from '../../src/layers/point-layer.ts';
import { buildStyle } from '../../src/map/style.ts';
import { LIGHT } from '../../src/map/theme.ts';
import { FIRST_YEAR, PRESENT_YEAR } from '../../src/state/explorer.svelte.ts';
import { DEFAULT_VIEW } from '../../src/state/default-view.ts';

const factBase = loadFactBaseFromDisk('.');
const atlas = new Atlas(factBase);
const documents = new Map(factBase.documents.map((d) => [d.id, d]));

interface PointFeature {
  geometry: { type: string };
  properties: { id: string; collection: PointCollection } & Record<string, unknown>;
}
const points = (
  JSON.parse(readFileSync('public/generated/points.geojson', 'utf8')) as {
    features: PointFeature[];
  }
).features;

/** The ids of the places a point layer's icons draw in a year, by the style's own filter. */
function drawnIn(layerId: string, year: number): string[] {
  const style = buildStyle(LIGHT, 'http://localhost/', { year }, DEFAULT_VIEW.zoom);
  const layer = style.layers.find((l) => l.id === iconLayerId(layerId));
  if (layer === undefined || !('filter' in layer)) throw new Error(`no icons for ${layerId}`);
  const { filter } = featureFilter(layer.filter as FilterSpecification, 'filter', { year });
  return points
    .filter((f) => filter({ zoom: 8 }, { type: 1, properties: f.properties }))
    .map((f) => f.properties.id);
}

/** Each place of a collection and the spans of its records there. */
function spansByPlace(collection: PointCollection): Map<string, Span[]> {
  const byPlace = new Map<string, Span[]>();
  for (const { place, span } of placedRecords(factBase)[collection]) {
    byPlace.set(place, [...(byPlace.get(place) ?? []), span]);
  }
  return byPlace;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
function rawInputs(): FactBaseInputs & Record<DataFileKey, Loose> {
  const raw = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [
      key,
      JSON.parse(readFileSync(DATA_FILES[key], 'utf8')) as unknown,
    ]),
  ) as Record<DataFileKey, Loose>;
  const texts = Object.fromEntries(
    factBase.documents.map((d) => [d.id, readFileSync(`data/documents/${d.id}.txt`, 'utf8')]),
  );
  return { ...raw, texts };
}

function buildError(inputs: FactBaseInputs): string {
  try {
    buildFactBase(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('expected the build to fail');
}

const YEARS = Array.from({ length: PRESENT_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

describe('time spans', () => {
  it('every feature of every layer has a span with a source for each bound', () => {
    const spans = allSpans(factBase);
    const records =
      factBase.members.length +
      factBase.efp.length +
      factBase.attaches.length +
      factBase.airPolicing.length +
      factBase.operations.length +
      factBase.summits.length +
      factBase.institutions.length;
    expect(spans).toHaveLength(records);
    const facts = new Set(factBase.facts.map((f) => f.id));
    for (const { collection, id, span } of spans) {
      for (const bound of span.end ? [span.start, span.end] : [span.start]) {
        const source = bound.source;
        if ('fact' in source) expect(facts.has(source.fact), `${collection} ${id}`).toBe(true);
        else expect(source.background.length, `${collection} ${id}`).toBeGreaterThan(10);
      }
    }
  });

  it('fails the build on a feature without a span, naming it', () => {
    const inputs = rawInputs();
    delete inputs.efp.battlegroups[2].span;
    const message = buildError(inputs);
    expect(message).toContain('efp-battlegroups.json');
    expect(message).toContain('efp-estonia');
    expect(message).toContain('span');
  });

  it('fails the build on a span citing a fact that does not exist, naming the record', () => {
    const inputs = rawInputs();
    inputs.operations.operations[0].span.start.source = { fact: 'no-such-fact' };
    const message = buildError(inputs);
    expect(message).toContain('op-bosnia');
    expect(message).toContain('no-such-fact');
  });

  it('draws no point in a year outside its records’ spans, in every year of the timeline', () => {
    for (const layer of LAYERS.filter((l) => l.geometry === 'point')) {
      const spans = new Map<string, Span[]>();
      for (const collection of layer.collections) {
        for (const [place, list] of spansByPlace(collection)) spans.set(place, list);
      }
      for (const year of YEARS) {
        const drawn = new Set(drawnIn(layer.id, year));
        for (const [place, list] of spans) {
          if (!points.some((p) => p.properties.id === place)) continue;
          const exists = list.some((span) => isShownIn(shownYears(span, documents), year));
          expect(drawn.has(place), `${layer.id} ${place} in ${year}`).toBe(exists);
        }
      }
    }
  });

  it('keeps what the documents date out of the years before and after it', () => {
    expect(drawnIn('air-policing', 1991)).toEqual([]);
    expect(drawnIn('air-policing', 1999)).toEqual([]);
    expect(drawnIn('air-policing', 2004)).toEqual(['siauliai-air-base']);
    expect(drawnIn('attaches', 1991)).toEqual([]);
    expect(drawnIn('operations', 1999)).toEqual(['nato-ops-bosnia']);
    const atPresent = drawnIn('operations', PRESENT_YEAR);
    for (const ended of ['isaf', 'ghor-province', 'minusma', 'eutm-mali', 'nato-ops-bosnia']) {
      expect(atPresent, ended).not.toContain(ended);
    }
    expect(drawnIn('operations', 2010)).toContain('ghor-province');
    expect(drawnIn('operations', 2014)).not.toContain('ghor-province');
    // A summit is drawn in its own year, not ever after.
    expect(drawnIn('summits', 1999)).toContain('washington');
    expect(drawnIn('summits', 2000)).not.toContain('washington');
  });

  it('draws a feature whose start is not dated from the date of the document calling it current', () => {
    const kfor = factBase.operations.find((op) => op.id === 'op-kfor')!;
    expect('asOf' in kfor.span.start).toBe(true);
    expect(drawnIn('operations', 2021)).not.toContain('kfor');
    expect(drawnIn('operations', 2022)).toContain('kfor');
    const dashed = points.filter((p) => p.properties['startKnown'] === false);
    expect(dashed.map((p) => p.properties.id)).toContain('lielvarde-air-base');
    expect(dashed.map((p) => p.properties.id)).not.toContain('siauliai-air-base');
  });
});

describe('document dates', () => {
  it('records how each document is dated, citing its own text where it can', () => {
    for (const doc of factBase.documents) {
      expect(doc.retrieved.notAfter).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (doc.date.kind !== 'undated') expect(doc.date.evidence.length).toBeGreaterThan(0);
    }
    const lt = documents.get('lt-active-reliable-ally')!;
    expect(lt.date).toMatchObject({ kind: 'published', date: '2018' });
    expect(documentAsOf(lt).label).toBe('2018');
    expect(documentAsOf(documents.get('lv-latvia-and-nato')!).label).toBe('2022 or later');
    // The only text without any year is dated by its retrieval.
    expect(documents.get('lv-international-cooperation')!.date.kind).toBe('undated');
  });

  it('shows a statement about its document’s present with that date', () => {
    const fact = atlas.facts.get('lt-14-years-member')!;
    expect(fact.asOf).toBe(true);
    expect(atlas.factAsOf(fact)).toBe('2018');
  });
});

describe('timeline events', () => {
  const events = timelineEvents(factBase.facts);

  it('files each event under the year of its own date', () => {
    for (const event of events) {
      expect(event.year, event.fact.id).toBe(yearOf(event.fact.date!.start));
    }
    const years = events.map((e) => e.date.start);
    expect([...years].sort()).toEqual(years);
  });

  it('does not make an event of a year a sentence only names', () => {
    const ids = events.map((e) => e.fact.id);
    expect(ids).not.toContain('lv-wales-pledge-met');
    expect(ids).not.toContain('lv-spending-2-5pc-2025');
    expect(ids).not.toContain('lv-all-nato-operations');
    const anniversary = events.find((e) => e.fact.id === 'lt-14th-anniversary');
    expect(anniversary?.date.start).toBe('2018-03-29');
  });
});

describe('Details', () => {
  it('gives every line from the layers’ data a cited fact or a named background reference', () => {
    const facts = new Set(factBase.facts.map((f) => f.id));
    let lines = 0;
    for (const entity of factBase.entities) {
      for (const layer of LAYERS) {
        for (const line of layer.details(atlas, entity.id)) {
          lines += 1;
          expect(line.sources.length, `${entity.id}: ${line.text}`).toBeGreaterThan(0);
          for (const source of line.sources) {
            if ('fact' in source) expect(facts.has(source.fact), line.text).toBe(true);
            else expect(source.background.trim(), line.text).not.toBe('');
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(100);
  });

  it('lists on a place’s card every fact its records cite, however the sentence names it', () => {
    const rukla = atlas.factsAbout('rukla').map((f) => f.id);
    const cited = factBase.efp.filter((g) => g.site === 'rukla').flatMap((g) => g.facts);
    expect(cited).toContain('efp-lithuania-contributors');
    for (const id of cited) expect(rukla).toContain(id);
    expect(atlas.factsAbout('tapa').length).toBeGreaterThan(0);
  });
});
