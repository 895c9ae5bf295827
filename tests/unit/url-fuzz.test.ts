/**
 * The hash is user input: thousands of random and hostile hashes, from a seeded generator so a
 * failure replays, must never throw, never yield an unknown id or an out-of-range number, never
 * touch Object.prototype, and never cost a valid field its place next to garbage.
 */
import { describe, expect, it } from 'vitest';
import { embedFrom, parseHash, type HashVocabulary } from '../../src/state/url.ts';

const vocabulary: HashVocabulary = {
  layers: new Set(['members', 'attaches', 'air-policing', 'efp', 'operations', 'summits']),
  entities: new Set(['LVA', 'LTU', 'EST', 'siauliai-air-base', 'kyiv']),
  documents: new Set(['lv-latvia-and-nato', 'lt-active-reliable-ally']),
  facts: new Set(['lv-nato-collaboration-after-independence']),
  topics: new Set(['efp', 'membership']),
  years: { min: 1991, max: 2026 },
};

/** mulberry32: tiny, fast and good enough to spread test cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'map',
  'layers',
  'sel',
  'year',
  'doc',
  'fact',
  'embed',
  'lang',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  'MAP',
  'sel[]',
  '%73el',
];
const HOSTILE = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x10',
  '1_000',
  '9'.repeat(400),
  '2004.5',
  ' 2004',
  '2004 ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%00',
  '%C0%AF',
  '%ED%A0%80',
  '%2F%2E%2E',
  '%26sel%3DLVA',
  '',
  '=',
  '==',
  '&',
  '#',
  '?',
  '/',
  '//',
  '1/2',
  '1/2/3/4',
  '5/1000/20',
  '23/56/24',
  '-1/56/24',
  '5/NaN/24',
  '5/56/Infinity',
  'Šiauliai',
  'Ämari',
  '𝕃𝕍𝔸',
  '\u0000',
  '\u202e',
  '\ud800',
  'ＬＶＡ',
  'LVA\u200b',
  'lva',
  'LVA,LTU',
  'members,members',
  'members,',
  ',',
  'x'.repeat(5000),
  'LVA'.repeat(40),
  '1991',
  '1990',
  '2027',
  '0',
  '-2004',
  '02004',
  '19999',
];
const VALID: Record<string, string[]> = {
  map: ['5/56/24', '7/55.89/23.39', '0/0/0', '22/85/180'],
  layers: ['members', 'efp,summits', ''],
  sel: ['LVA', 'siauliai-air-base', 'kyiv'],
  year: ['1991', '2004', '2026'],
  doc: ['lv-latvia-and-nato'],
  fact: ['lv-nato-collaboration-after-independence'],
  embed: ['1'],
  lang: ['lv', 'lt', 'en'],
};

function randomText(next: () => number, max: number): string {
  const length = Math.floor(next() * max);
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = next();
    // Mostly printable ASCII (so keys and separators turn up), sometimes any code point.
    out +=
      r < 0.8
        ? String.fromCharCode(32 + Math.floor(next() * 95))
        : String.fromCodePoint(Math.floor(next() * 0x10ffff));
  }
  return out;
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

/** Percent-encodes what it can; a lone surrogate (which encodeURIComponent refuses) stays raw. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

function randomHash(next: () => number): string {
  const fields: string[] = [];
  const count = Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    const r = next();
    const key = r < 0.85 ? pick(next, KEYS) : randomText(next, 12);
    const kind = next();
    const value =
      kind < 0.45
        ? pick(next, HOSTILE)
        : kind < 0.7
          ? randomText(next, 60)
          : kind < 0.85 && key in VALID
            ? pick(next, VALID[key]!)
            : encodeLoosely(randomText(next, 30));
    fields.push(next() < 0.05 ? key : `${key}=${value}`);
  }
  const body = fields.join(next() < 0.9 ? '&' : pick(next, ['&&', ';', '#', '?']));
  return (next() < 0.8 ? '#' : '') + body;
}

function checkState(hash: string): void {
  const { state, ignored } = parseHash(hash, vocabulary);
  expect(Array.isArray(ignored)).toBe(true);
  for (const key of Object.keys(state)) {
    expect(['view', 'layers', 'selected', 'year', 'doc', 'fact', 'embed', 'lang']).toContain(key);
  }
  if (state.embed !== undefined) expect(state.embed).toBe(true);
  // The layout chosen at start, before the fact base, is the one the full parse arrives at.
  expect(embedFrom(hash)).toBe(state.embed === true);
  if (state.view) {
    const { zoom, lat, lng } = state.view;
    for (const n of [zoom, lat, lng]) expect(Number.isFinite(n)).toBe(true);
    expect(zoom).toBeGreaterThanOrEqual(0);
    expect(zoom).toBeLessThanOrEqual(22);
    expect(Math.abs(lat)).toBeLessThanOrEqual(85.06);
    expect(Math.abs(lng)).toBeLessThanOrEqual(180);
  }
  if (state.layers) for (const l of state.layers) expect(vocabulary.layers.has(l)).toBe(true);
  if (state.layers) expect(new Set(state.layers).size).toBe(state.layers.length);
  if (state.selected !== undefined) expect(vocabulary.entities.has(state.selected)).toBe(true);
  if (state.doc !== undefined) expect(vocabulary.documents.has(state.doc)).toBe(true);
  if (state.fact !== undefined) expect(vocabulary.facts.has(state.fact)).toBe(true);
  if (state.year !== undefined) {
    expect(Number.isInteger(state.year)).toBe(true);
    expect(state.year).toBeGreaterThanOrEqual(vocabulary.years.min);
    expect(state.year).toBeLessThanOrEqual(vocabulary.years.max);
  }
  if (state.lang !== undefined) expect(['en', 'lv', 'lt']).toContain(state.lang);
  for (const part of ignored) expect(part.value.length).toBeLessThanOrEqual(40);
}

describe('parseHash under fuzzing', () => {
  it('survives 5,000 random and hostile hashes', () => {
    const next = prng(0x5eed);
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    for (let i = 0; i < 5000; i++) {
      const hash = randomHash(next);
      expect(() => checkState(hash), hash.slice(0, 200)).not.toThrow();
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never pollutes Object.prototype through __proto__ or constructor keys', () => {
    for (const hash of [
      '#__proto__=polluted',
      '#__proto__[polluted]=1',
      '#constructor=x&constructor.prototype.polluted=1',
      '#sel=__proto__&doc=constructor&fact=prototype&layers=__proto__',
    ]) {
      const { state } = parseHash(hash, vocabulary);
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      expect(state).toEqual({});
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps a valid field next to garbage, in any position', () => {
    const next = prng(42);
    for (let i = 0; i < 500; i++) {
      const garbage = Array.from(
        { length: 1 + Math.floor(next() * 4) },
        () =>
          pick(next, ['year', 'map', 'doc', 'fact', 'layers', '__proto__', 'x']) +
          '=' +
          pick(next, HOSTILE).slice(0, 200),
      );
      const at = Math.floor(next() * (garbage.length + 1));
      garbage.splice(at, 0, 'sel=siauliai-air-base');
      // A garbage `sel` placed before the valid one wins (first occurrence); keep the test honest.
      const hash = '#' + garbage.filter((f, j) => j === at || !f.startsWith('sel=')).join('&');
      expect(parseHash(hash, vocabulary).state.selected, hash.slice(0, 200)).toBe(
        'siauliai-air-base',
      );
    }
  });

  it('reports and drops out-of-range numbers and unknown ids', () => {
    const { state, ignored } = parseHash(
      '#map=5/NaN/24&year=Infinity&sel=%3Cscript%3E&doc=%E0%A4%A&fact=&layers=members,nope',
      vocabulary,
    );
    expect(state).toEqual({});
    expect(ignored).toHaveLength(6);
  });

  it('refuses a hash longer than it could have written', () => {
    const { state, ignored } = parseHash(`#sel=LVA&x=${'a'.repeat(5000)}`, vocabulary);
    expect(state).toEqual({});
    expect(ignored).toHaveLength(1);
  });
});
