import { describe, expect, it } from 'vitest';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { matchesFilter, periodsOf, UNDATED } from '../../src/data/fact-filter.ts';

const atlas = new Atlas(loadFactBaseFromDisk('.'));
const latvia = atlas.factsAbout('LVA');
const count = (filter: Parameters<typeof matchesFilter>[2]) =>
  latvia.filter((f) => matchesFilter(atlas, f, filter)).length;

describe('narrowing a card’s facts', () => {
  it('by topic, by document and by period, each a real subset', () => {
    const all = latvia.length;
    for (const filter of [
      { topic: 'air-policing' },
      { source: 'us-security-cooperation-latvia' },
      { period: '2000-2009' },
    ]) {
      const n = count(filter);
      expect(n, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(n, JSON.stringify(filter)).toBeLessThan(all);
    }
    expect(count({})).toBe(all);
  });

  it('combines filters, each narrowing the other', () => {
    const both = count({ topic: 'funding', source: 'us-security-cooperation-latvia' });
    expect(both).toBeLessThanOrEqual(count({ topic: 'funding' }));
    expect(both).toBeGreaterThan(0);
  });

  it('places a statement about its document’s present in the document’s year', () => {
    const fact = atlas.facts.get('lt-14-years-member')!;
    expect(matchesFilter(atlas, fact, { period: '2010-2019' })).toBe(true);
    expect(matchesFilter(atlas, fact, { period: '2000-2009' })).toBe(false);
    expect(matchesFilter(atlas, fact, { period: UNDATED })).toBe(false);
  });

  it('offers the decades the facts speak of, and undated when some are', () => {
    const periods = periodsOf(atlas, latvia, 2026);
    // The State Department's history reaches back to diplomatic relations in 1922.
    expect(periods[0]).toBe('1920-1929');
    expect(periods).toContain('1990-1999');
    expect(periods).toContain('2020-2026');
    for (const period of periods) expect(count({ period }), period).toBeGreaterThan(0);
  });
});
