import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/layers/index.ts';
import { DEFAULT_VIEW, Explorer, PRESENT_YEAR } from '../../src/state/explorer.svelte.ts';

describe('the explorer state', () => {
  it('writes nothing to the link while everything is at its default', () => {
    const explorer = new Explorer();
    expect(explorer.hashState).toEqual({});
    expect(explorer.hash).toBe('');
  });

  it('writes only what differs from the defaults, layers in the layer list’s order', () => {
    const explorer = new Explorer();
    explorer.toggleLayer(LAYER_IDS[1]!, false);
    explorer.select('rukla');
    explorer.year = 2004;
    expect(explorer.hashState).toEqual({
      layers: LAYER_IDS.filter((_, i) => i !== 1),
      selected: 'rukla',
      year: 2004,
    });
    expect(explorer.hash).toBe(
      `#layers=${LAYER_IDS.filter((_, i) => i !== 1).join(',')}&sel=rukla&year=2004`,
    );
  });

  it('ignores a move smaller than the link can write', () => {
    const explorer = new Explorer();
    explorer.setView({ ...DEFAULT_VIEW, lat: DEFAULT_VIEW.lat + 1e-9 });
    expect(explorer.hashState.view).toBeUndefined();
    explorer.setView({ ...DEFAULT_VIEW, lat: DEFAULT_VIEW.lat + 0.5 });
    expect(explorer.hashState.view?.lat).toBeCloseTo(DEFAULT_VIEW.lat + 0.5);
  });

  it('makes a new history step for a selection or a document, not for a pan or a year', () => {
    const explorer = new Explorer();
    const start = explorer.historyKey;
    explorer.setView({ zoom: 8, lat: 55, lng: 24 });
    explorer.year = 2010;
    expect(explorer.historyKey).toBe(start);
    explorer.select('rukla');
    const selected = explorer.historyKey;
    expect(selected).not.toBe(start);
    explorer.openDocument('lt-active-reliable-ally');
    expect(explorer.historyKey).not.toBe(selected);
  });

  it('applies a parsed link, putting what it leaves out back to the defaults', () => {
    const explorer = new Explorer();
    explorer.select('rukla');
    explorer.year = 2000;
    explorer.apply({ view: { zoom: 7, lat: 56, lng: 24 }, doc: 'lv-defence-policy' });
    expect(explorer.selected).toBeNull();
    expect(explorer.year).toBe(PRESENT_YEAR);
    expect(explorer.doc).toBe('lv-defence-policy');
    expect(explorer.view).toEqual({ zoom: 7, lat: 56, lng: 24 });
  });

  it('keeps the view a user has moved to when the start link is applied late', () => {
    const explorer = new Explorer();
    explorer.setView({ zoom: 9, lat: 55, lng: 24 });
    explorer.apply({ view: { zoom: 4, lat: 50, lng: 10 }, selected: 'rukla' }, { keepView: true });
    expect(explorer.view).toEqual({ zoom: 9, lat: 55, lng: 24 });
    expect(explorer.selected).toBe('rukla');
  });

  it('keeps embed=1 in the link through selections, and writes the full atlas’s link without it', () => {
    const explorer = new Explorer();
    explorer.apply({ selected: 'rukla', embed: true });
    explorer.select('LVA');
    explorer.year = 2004;
    expect(explorer.hash).toBe('#sel=LVA&year=2004&embed=1');
    expect(explorer.fullAtlasHash).toBe('#sel=LVA&year=2004');
    expect(explorer.embedHash).toBe(explorer.hash);
    explorer.apply({ selected: 'rukla' });
    expect(explorer.embed).toBe(false);
    expect(explorer.hash).toBe('#sel=rukla');
    expect(explorer.embedHash).toBe('#sel=rukla&embed=1');
  });

  it('writes the language a link must open in, and nothing for English in an English browser', () => {
    const english = new Explorer('en');
    english.locale = 'lv';
    expect(english.hash).toBe('#lang=lv');
    english.locale = 'en';
    expect(english.hash).toBe('');

    // A Latvian browser: its language is written too, so the link opens in it for anyone.
    const latvian = new Explorer('lv');
    expect(latvian.locale).toBe('lv');
    expect(latvian.hash).toBe('#lang=lv');
    latvian.locale = 'en';
    expect(latvian.hash).toBe('#lang=en');
  });

  it('goes back to the browser’s language when a link names none', () => {
    const explorer = new Explorer('lt');
    explorer.apply({ selected: 'rukla', lang: 'en' });
    expect(explorer.locale).toBe('en');
    explorer.apply({ selected: 'rukla' });
    expect(explorer.locale).toBe('lt');
  });
});
