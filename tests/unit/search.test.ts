import { describe, expect, it } from 'vitest';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { foldText } from '../../data/factbase/fold.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { layerById } from '../../src/layers/index.ts';
import { factFocus } from '../../src/search/focus.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { parseQuery, stem, termForms } from '../../src/search/terms.ts';

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

describe('the words search looks up', () => {
  it('meets the inflections of a word, and the words of one family', () => {
    expect(new Set(['join', 'joins', 'joined', 'joining'].map(stem)).size).toBe(1);
    expect(new Set(['restore', 'restored', 'restoring'].map(stem)).size).toBe(1);
    const head = (word: string) => termForms(word).at(-1);
    expect(new Set(['joined', 'accession', 'member', 'membership'].map(head)).size).toBe(1);
    expect(head('defense')).toBe(head('defence'));
  });

  it('leaves names alone', () => {
    for (const name of ['siauliai', 'rukla', 'tapa', 'orzysz', 'adazi', 'kyiv', 'mali', 'ghor']) {
      expect(stem(name)).toBe(name);
    }
  });

  it('drops the words a question is made of but hears what it asks', () => {
    const when = parseQuery('When did Latvia join NATO?', () => false);
    expect(when.words.map((w) => w.forms[0])).toEqual(['latvia', 'join', 'nato']);
    expect(when).toMatchObject({ wantsDate: true, wantsFigure: false });
    expect(parseQuery('how many attachés', () => false)).toMatchObject({ wantsFigure: true });
    expect(parseQuery('Latvia 2004', () => false)).toMatchObject({ wantsDate: true });
    expect(parseQuery('the', () => false).words).toHaveLength(1);
  });

  it('matches the word being typed as a prefix, and forgives a typo only in an unknown word', () => {
    const known = (term: string) => term === 'operation';
    const [first, last] = parseQuery('operation lielvard', known).words;
    expect(first).toMatchObject({ prefix: false, fuzzy: false });
    expect(last).toMatchObject({ prefix: true, fuzzy: true });
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

  // The layers' own names and the gazetteer's kinds are the vocabulary (layers as data).
  it.each([
    ['battlegroup', 'efp'],
    ['eFP', 'efp'],
    ['enhanced forward presence', 'efp'],
    ['air policing', 'air-policing'],
    ['attaché', 'attaches'],
    ['attache', 'attaches'],
    ['summit', 'summits'],
    ['operation', 'operations'],
    ['mission', 'operations'],
    ['member', 'members'],
  ])('"%s" lists the places of the %s layer first', (query, layerId) => {
    const places = new Set(
      layerById(layerId)!
        .items(atlas)
        .map((item) => item.id),
    );
    const first = index.search(query).slice(0, Math.min(places.size, 10));
    expect(first.filter((hit) => !places.has(hit.id))).toEqual([]);
  });

  it.each([
    ['battlegroup Lithuania', 'rukla'],
    ['Canada battlegroup', 'adazi'],
    ['air policing Estonia', 'amari-air-base'],
    ['attaché Ukraine', 'kyiv'],
  ])('"%s" finds the place whose layer and country it names first: %s', (query, id) => {
    expect(top(query)).toMatchObject({ kind: 'place', id });
  });

  it('finds two typed words as the one word the documents write', () => {
    expect(top('battle group Latvia')).toMatchObject({ kind: 'place', id: 'adazi' });
  });

  it('puts the place whose whole name was typed first', () => {
    expect(top('NATO')).toMatchObject({ kind: 'place', id: 'nato' });
    expect(top('EU')).toMatchObject({ kind: 'place', id: 'eu' });
  });

  it('does not take a known word for a typo of another', () => {
    // "operation" is one edit or two from "cooperation" (the NACC's name).
    expect(index.search('operation').map((hit) => hit.id)).not.toContain('nacc');
  });

  it('answers "when" with a dated fact and "how many" with a fact that has figures', () => {
    const when = index.search('when did Latvia join NATO', 3);
    expect(when.map((hit) => hit.id)).toContain('lv-nato-member-2004');
    const howMany = index.search('how many defence attachés does Latvia have', 1)[0];
    expect(atlas.facts.get(howMany!.id)?.figures?.length).toBeGreaterThan(0);
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
