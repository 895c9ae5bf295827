import { describe, expect, it } from 'vitest';
import {
  embedFrom,
  formatHash,
  parseHash,
  parseView,
  type HashVocabulary,
  factsNeededBy,
} from '../../src/state/url.ts';

const vocabulary: HashVocabulary = {
  layers: new Set(['members', 'efp']),
  entities: new Set(['rukla', 'LVA']),
  documents: new Set(['lv-latvia-and-nato']),
  facts: new Set(['f-1']),
  topics: new Set(['efp', 'membership']),
  years: { min: 1991, max: 2026 },
};

describe('the URL hash', () => {
  it('reads the openstreetmap.org view convention', () => {
    expect(parseView('7/55.89/23.39')).toEqual({ zoom: 7, lat: 55.89, lng: 23.39 });
    expect(parseHash('#map=7/55.89/23.39', vocabulary).state.view).toEqual({
      zoom: 7,
      lat: 55.89,
      lng: 23.39,
    });
  });

  it('round-trips every field', () => {
    const state = {
      view: { zoom: 7.5, lat: 55.894, lng: 23.395 },
      layers: ['members'],
      selected: 'rukla',
      year: 2016,
      doc: 'lv-latvia-and-nato',
      fact: 'f-1',
      topic: 'efp',
      source: 'lv-latvia-and-nato',
      period: '2010-2019',
      embed: true,
    };
    expect(parseHash(formatHash(state), vocabulary)).toEqual({ state, ignored: [] });
  });

  it('keeps a card’s fact filters and drops a hand-edited bad one, saying why', () => {
    const parsed = parseHash(
      '#sel=rukla&topic=nonsense&source=lv-latvia-and-nato&period=2019-2010',
      vocabulary,
    );
    expect(parsed.state).toEqual({ selected: 'rukla', source: 'lv-latvia-and-nato' });
    expect(parsed.ignored.map((part) => part.field)).toEqual(['topic', 'period']);
    expect(parseHash('#period=undated', vocabulary).state).toEqual({ period: 'undated' });
    expect(parseHash('#period=1880-1890', vocabulary).state).toEqual({});
  });

  it('writes embed=1 last, so an embed link is the view’s link with the flag added', () => {
    const view = { selected: 'rukla', year: 2016 };
    expect(formatHash({ ...view, embed: true })).toBe(`${formatHash(view)}&embed=1`);
    expect(formatHash({ embed: true })).toBe('#embed=1');
    expect(formatHash({ ...view, embed: false })).toBe(formatHash(view));
  });

  it('reports a hand-edited embed value and keeps the rest of the link', () => {
    for (const value of ['yes', 'true', '0', '', '1 ', '11']) {
      const parsed = parseHash(`#sel=rukla&embed=${value}`, vocabulary);
      expect(parsed.state, value).toEqual({ selected: 'rukla' });
      expect(parsed.ignored, value).toHaveLength(1);
      expect(parsed.ignored[0]?.field, value).toBe('embed');
      expect(embedFrom(`#sel=rukla&embed=${value}`), value).toBe(false);
    }
    expect(embedFrom('#sel=rukla&embed=1')).toBe(true);
    expect(embedFrom('#embed=%31')).toBe(true);
    expect(embedFrom('#embed=yes&embed=1')).toBe(false);
  });

  it('keeps a link’s language and reports one the atlas does not speak', () => {
    expect(parseHash('#sel=rukla&lang=lv', vocabulary).state).toEqual({
      selected: 'rukla',
      lang: 'lv',
    });
    expect(parseHash('#lang=lt', vocabulary).state).toEqual({ lang: 'lt' });
    expect(parseHash('#lang=en', vocabulary).state).toEqual({ lang: 'en' });
    for (const value of ['de', 'LV', 'lv-LV', '', 'lv ', '__proto__']) {
      const parsed = parseHash(`#sel=rukla&lang=${value}`, vocabulary);
      expect(parsed.state, value).toEqual({ selected: 'rukla' });
      expect(parsed.ignored, value).toEqual([{ field: 'lang', value }]);
    }
    expect(formatHash({ selected: 'rukla', lang: 'lv' })).toBe('#sel=rukla&lang=lv');
    expect(formatHash({ lang: 'lt', embed: true })).toBe('#lang=lt&embed=1');
  });

  it('writes nothing for the defaults', () => {
    expect(formatHash({})).toBe('');
  });

  it('ignores a bad field and keeps the others', () => {
    const parsed = parseHash('#map=NaN/1/2&sel=rukla&year=1800&layers=members', vocabulary);
    expect(parsed.state).toEqual({ selected: 'rukla', layers: ['members'] });
    expect(parsed.ignored).toHaveLength(2);
    expect(parsed.ignored[0]).toEqual({ field: 'map', value: 'NaN/1/2' });
    expect(parsed.ignored[1]).toEqual({ field: 'year', value: '1800', min: 1991, max: 2026 });
  });

  it('rejects views out of range', () => {
    for (const text of [
      '23/0/0',
      '5/91/0',
      '5/0/181',
      '5/0',
      '5/0/0/0',
      '1e3/0/0',
      '0x5/0/0',
      '',
    ]) {
      expect(parseView(text), text).toBeUndefined();
    }
  });
});

describe('factsNeededBy', () => {
  it('is true for a link that opens a place, a document, a fact or a narrowed card', () => {
    for (const hash of ['#sel=rukla', '#doc=lv-nato', '#fact=x', '#map=5/56/24&sel=LVA']) {
      expect(factsNeededBy(hash), hash).toBe(true);
    }
  });

  it('is false for a link that only sets the view, the layers, the year or the embed', () => {
    for (const hash of ['', '#', '#map=5/56/24', '#map=5/56/24&year=2004&embed=1']) {
      expect(factsNeededBy(hash), hash).toBe(false);
    }
  });
});
