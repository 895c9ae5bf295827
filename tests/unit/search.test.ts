import { describe, expect, it } from 'vitest';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { foldText } from '../../data/factbase/fold.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { factFocus } from '../../src/search/focus.ts';
import { SearchIndex } from '../../src/search/search-index.ts';

const atlas = new Atlas(loadFactBaseFromDisk('.'));
const index = new SearchIndex(atlas);
const top = (query: string) => index.search(query)[0];

describe('the folding search shares with mention finding', () => {
  it('drops case and diacritics, and spells out letters Unicode does not decompose', () => {
    expect(foldText('Šiauliai').lower).toBe('siauliai');
    expect(foldText('Lielvārde').lower).toBe('lielvarde');
    expect(foldText('ÄMARI').lower).toBe('amari');
    expect(foldText('Ørland').lower).toBe('orland');
    expect(foldText('Łask').lower).toBe('lask');
    expect(foldText('Ærø').lower).toBe('aero');
  });
});

describe('search', () => {
  it.each([
    ['Siauliai', 'siauliai-air-base'],
    ['Šiauliai', 'siauliai-air-base'],
    ['siauliai', 'siauliai-air-base'],
    ['Kiev', 'kyiv'],
    ['Amari', 'amari-air-base'],
    ['Lielvarde', 'lielvarde-air-base'],
    ['Lielvārde', 'lielvarde-air-base'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toMatchObject({ kind: 'place', id });
  });

  it('says which variant matched when the name does not show it', () => {
    expect(top('Kiev')?.detail).toContain('Kiev');
  });

  it('finds a place by the start of its name while it is typed', () => {
    expect(top('Lielv')).toMatchObject({ kind: 'place', id: 'lielvarde-air-base' });
  });

  it('forgives a typo in a longer word', () => {
    expect(top('Lielvarda')).toMatchObject({ kind: 'place', id: 'lielvarde-air-base' });
  });

  it('ranks a name above facts whose text mentions it', () => {
    const results = index.search('Siauliai');
    const facts = results.filter((r) => r.kind === 'fact');
    expect(facts.length).toBeGreaterThan(0);
    const place = results.findIndex((r) => r.kind === 'place');
    expect(place).toBe(0);
    expect(results[0]!.score).toBeGreaterThan(facts[0]!.score);
  });

  it('finds facts by their statement or quote and documents by their title', () => {
    expect(index.search('battlegroup').some((r) => r.kind === 'fact')).toBe(true);
    const doc = atlas.factBase.documents[0]!;
    expect(index.search(doc.title).some((r) => r.kind === 'document' && r.id === doc.id)).toBe(
      true,
    );
  });

  it('returns nothing for an empty query and no crash for punctuation', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(() => index.search('<script>&"\'%%')).not.toThrow();
  });

  it('shows a fact under the first place or country the map draws, not an organisation', () => {
    for (const fact of atlas.factBase.facts) {
      const focus = factFocus(atlas, fact);
      expect(fact.entities).toContain(focus);
      const places = fact.entities.filter(
        (id) =>
          (atlas.isCountry(id) || atlas.pointsOf(id).length > 0) &&
          !atlas.entity(id)!.kinds.includes('organisation'),
      );
      if (places.length > 0) expect(focus).toBe(places[0]);
    }
    const belgian = atlas.factBase.facts.find((f) => f.statement.includes('Belgian Air Force'))!;
    expect(factFocus(atlas, belgian)).toBe('siauliai-air-base');
  });
});
