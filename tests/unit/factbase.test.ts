import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, point } from '@turf/turf';
import { countriesFromTopology } from '../../geo/basemap.ts';
import { readWorldAtlas } from '../../geo/world-atlas.ts';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import {
  DATA_FILES,
  DataError,
  buildFactBase,
  findMentions,
  foldText,
  isAcronym,
  parseFactBase,
  readFactBase,
  splitSentences,
  termsOf,
} from '../../data/factbase.ts';
import type { DataFileKey, FactBaseInputs } from '../../data/factbase.ts';
import type { Entity } from '../../data/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const factBase = loadFactBaseFromDisk(root);
const texts: Record<string, string> = Object.fromEntries(
  factBase.documents.map((d) => [
    d.id,
    readFileSync(join(root, 'data/documents', `${d.id}.txt`), 'utf8'),
  ]),
);

/**
 * Fresh, mutable copies of the real inputs, for corrupting one field at a time. Typed loosely on
 * purpose: a corrupted record is exactly what the schemas' types rule out.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
function rawInputs(): FactBaseInputs & Record<DataFileKey, Loose> {
  const raw = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [
      key,
      JSON.parse(readFileSync(join(root, DATA_FILES[key]), 'utf8')) as unknown,
    ]),
  ) as Record<DataFileKey, Loose>;
  return { ...raw, texts };
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('expected a DataError');
}

describe('the fact base built from the repository', () => {
  it('has at least 100 facts, each citing passages whose span reads exactly its quote', () => {
    expect(factBase.facts.length).toBeGreaterThanOrEqual(100);
    for (const fact of factBase.facts) {
      for (const e of fact.evidence) {
        expect(texts[e.doc]!.slice(e.start, e.end), fact.id).toBe(e.quote);
      }
    }
  });

  it('names only entities that exist in the gazetteer', () => {
    const ids = new Set(factBase.entities.map((e) => e.id));
    for (const fact of factBase.facts) {
      for (const id of fact.entities) expect(ids.has(id), `${fact.id} → ${id}`).toBe(true);
    }
  });

  it('has facts from every document', () => {
    for (const doc of factBase.documents) {
      const cited = factBase.facts.filter((f) => f.evidence.some((e) => e.doc === doc.id));
      expect(cited.length, doc.id).toBeGreaterThan(0);
    }
  });

  it('places every point inside its country on the 10m basemap', () => {
    const countries = countriesFromTopology(readWorldAtlas('10m'));
    for (const entity of factBase.entities) {
      if (entity.coordinates === undefined) continue;
      const country = countries.get(entity.country!);
      expect(country, `${entity.id}: no basemap feature ${entity.country}`).toBeDefined();
      expect(booleanPointInPolygon(point(entity.coordinates), country!), entity.id).toBe(true);
    }
    for (const entity of factBase.entities.filter((e) => e.kinds.includes('country'))) {
      expect(countries.has(entity.id), `basemap feature for ${entity.id}`).toBe(true);
    }
  });

  it('links every gazetteer entity whose name or variant occurs in a document', () => {
    const mentioned = new Set(factBase.mentions.map((m) => m.entity));
    for (const entity of factBase.entities) {
      const occurs = Object.values(texts).some((text) => {
        const folded = foldText(text);
        return [entity.name, ...entity.variants].some((term) => {
          const acronym = isAcronym(term);
          const needle = acronym ? foldText(term).cased : foldText(term).lower;
          const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
          return pattern.test(acronym ? folded.cased : folded.lower);
        });
      });
      if (occurs) expect(mentioned.has(entity.id), entity.id).toBe(true);
    }
  });

  it('records mentions whose spans lie in their sentence and read one of the entity names', () => {
    const byId = new Map(factBase.entities.map((e) => [e.id, e]));
    for (const m of factBase.mentions) {
      expect(m.sentence[0] <= m.match[0] && m.match[1] <= m.sentence[1]).toBe(true);
      const entity = byId.get(m.entity)!;
      const read = foldText(texts[m.doc]!.slice(m.match[0], m.match[1])).lower;
      const names = [entity.name, ...entity.variants].map((t) => foldText(t).lower);
      expect(names, `${m.doc} ${m.match.join('-')}`).toContain(read);
    }
  });

  it('counts 8 defence attachés in 7 residences covering 18 countries', () => {
    const residences = factBase.attaches;
    expect(residences).toHaveLength(7);
    expect(residences.reduce((sum, r) => sum + r.attaches, 0)).toBe(8);
    expect(new Set(residences.flatMap((r) => r.countries)).size).toBe(18);
  });

  it('lists all 32 NATO members with accession dates', () => {
    expect(factBase.members).toHaveLength(32);
    expect(new Set(factBase.members.map((m) => m.country)).size).toBe(32);
    expect(factBase.members.filter((m) => m.founder)).toHaveLength(12);
    expect(factBase.members.find((m) => m.country === 'LVA')?.accession).toBe('2004-03-29');
    expect(factBase.members.find((m) => m.country === 'SWE')?.accession).toBe('2024-03-07');
  });

  it('keeps the documents byte-identical to the seeds (recorded SHA-256, and the seeds when present)', () => {
    const meta = JSON.parse(readFileSync(join(root, DATA_FILES.documents), 'utf8')) as Array<{
      id: string;
      file: string;
      sha256: string;
    }>;
    const seeds = resolve(root, '../shared/seeds');
    for (const doc of meta) {
      const bytes = readFileSync(join(root, 'data/documents', `${doc.id}.txt`));
      expect(createHash('sha256').update(bytes).digest('hex'), doc.id).toBe(doc.sha256);
      if (existsSync(seeds))
        expect(bytes.equals(readFileSync(join(seeds, doc.file))), doc.id).toBe(true);
    }
  });

  it('round-trips through JSON and parseFactBase', () => {
    const parsed = parseFactBase(JSON.parse(JSON.stringify(factBase)));
    expect(parsed.facts).toHaveLength(factBase.facts.length);
  });
});

describe('matching names in text', () => {
  const terms = termsOf(factBase.entities);

  it('treats Siauliai and Šiauliai (and Kiev and Kyiv) as the same entity', () => {
    const text =
      'Jets flew from Siauliai. Later from Šiauliai. Attachés sit in Kiev. Others in Kyiv.';
    const found = findMentions('t', text, terms).map((m) => [text.slice(...m.match), m.entity]);
    expect(found).toEqual([
      ['Siauliai', 'siauliai-air-base'],
      ['Šiauliai', 'siauliai-air-base'],
      ['Kiev', 'kyiv'],
      ['Kyiv', 'kyiv'],
    ]);
  });

  it('matches whole words only, prefers the longest name and keeps acronyms case-sensitive', () => {
    const text = 'The Latvian National Armed Forces met at Šiauliai Air Base; un NATOs and UN.';
    const found = findMentions('t', text, terms).map((m) => [text.slice(...m.match), m.entity]);
    expect(found).toEqual([
      ['Latvian National Armed Forces', 'lv-national-armed-forces'],
      ['Šiauliai Air Base', 'siauliai-air-base'],
      ['UN', 'un'],
    ]);
  });

  it('maps matches after decomposed characters back to original indices', () => {
    // "A" + combining ring: the folded text is one unit shorter than the original.
    const text = 'A\u030a then Lielva\u0304rde and Latvia.';
    const [first, second] = findMentions('t', text, terms);
    expect(text.slice(...first!.match)).toBe('Lielva\u0304rde');
    expect(text.slice(...second!.match)).toBe('Latvia');
  });

  it('maps matches after letters that fold to two (Æ, ß) back to original indices', () => {
    const lask: Entity = {
      id: 'lask-air-base',
      name: 'Łask',
      variants: [],
      kinds: ['air-base'],
      country: 'POL',
      coordinates: [19.18, 51.55],
    };
    const text = 'Æbeltoft, Straße and Lask; then Łask.';
    const found = findMentions('t', text, termsOf([lask])).map((m) => text.slice(...m.match));
    expect(found).toEqual(['Lask', 'Łask']);
  });

  it('splits sentences around abbreviations, decimals, list items and headings', () => {
    const text =
      'Heading\n\nThe U.S. Army trains, e.g. in Latvia. Spending is 2.5 percent. World War I. Next one.\n  1. NBS attīstība;\n  • Canada (resident in Ottawa).';
    const sentences = splitSentences(text).map(([s, e]) => text.slice(s, e));
    expect(sentences).toEqual([
      'Heading',
      'The U.S. Army trains, e.g. in Latvia.',
      'Spending is 2.5 percent.',
      'World War I.',
      'Next one.',
      '1. NBS attīstība;',
      '• Canada (resident in Ottawa).',
    ]);
  });
});

describe('corrupted inputs are rejected with file, record and field', () => {
  it('rejects a span that does not read its quote', () => {
    const inputs = rawInputs();
    const fact = inputs.facts.facts[0];
    fact.evidence[0].start += 1;
    fact.evidence[0].end += 1;
    const message = errorOf(() => buildFactBase(inputs));
    expect(message).toContain('data/facts.json');
    expect(message).toContain(`fact "${fact.id}"`);
    expect(message).toContain('field evidence[0].quote');
  });

  it('rejects an unknown entity id', () => {
    const inputs = rawInputs();
    const fact = inputs.facts.facts[3];
    fact.entities.push('atlantis');
    const message = errorOf(() => buildFactBase(inputs));
    expect(message).toMatch(
      new RegExp(
        `^data/facts\\.json: fact "${fact.id}" field entities\\[\\d+\\]: unknown entity "atlantis"`,
      ),
    );
  });

  it('rejects a duplicate fact id', () => {
    const inputs = rawInputs();
    const copy = structuredClone(inputs.facts.facts[1]);
    inputs.facts.facts.push(copy);
    expect(errorOf(() => buildFactBase(inputs))).toBe(
      `data/facts.json: fact "${copy.id}" field id: duplicate id "${copy.id}"`,
    );
  });

  it('rejects a duplicate gazetteer id', () => {
    const inputs = rawInputs();
    inputs.gazetteer.entries.push({ ...inputs.gazetteer.entries[0], variants: [] });
    expect(errorOf(() => buildFactBase(inputs))).toContain(
      'geo/gazetteer.json: entity "LVA" field id: duplicate id',
    );
  });

  it('rejects an impossible date (2023-02-30)', () => {
    const inputs = rawInputs();
    const fact = inputs.facts.facts.find((f: { date?: unknown }) => f.date !== undefined);
    fact.date = { start: '2023-02-30', precision: 'day' };
    const message = errorOf(() => buildFactBase(inputs));
    expect(message).toContain(`data/facts.json: fact "${fact.id}" field date.start:`);
    expect(message).toContain('2023-02-30');
  });

  it('rejects an out-of-range coordinate', () => {
    const inputs = rawInputs();
    const entry = inputs.gazetteer.entries.find((e: { id: string }) => e.id === 'rukla');
    entry.coordinates = [24.38, 95];
    const message = errorOf(() => buildFactBase(inputs));
    expect(message).toContain('geo/gazetteer.json: entity "rukla" field coordinates[1]:');
    expect(message).toContain('latitude');
  });

  it('rejects reference data naming an unknown id', () => {
    const inputs = rawInputs();
    inputs.attaches.residences[0].countries.push('XXX');
    expect(errorOf(() => buildFactBase(inputs))).toMatch(
      /^data\/attache-residences\.json: residence "washington" field countries\[1\]: unknown gazetteer id "XXX"/,
    );
  });

  it('rejects a fixture directory whose document differs from its recorded hash', () => {
    const message = errorOf(() => loadFactBaseFromDisk(join(fixtures, 'tampered-document')));
    expect(message).toContain('data/documents.json: document "mini" field sha256:');
  });

  it('rejects generated JSON with a broken field, naming it', () => {
    const broken = JSON.parse(JSON.stringify(factBase));
    broken.facts[2].topic = 'gossip';
    expect(errorOf(() => parseFactBase(broken))).toContain(
      `generated/factbase.json: fact "${factBase.facts[2]!.id}" field topic:`,
    );
  });
});

/** A fresh copy of the generated public/generated/factbase.json (`npx tsx data/build.ts` writes it). */
function generatedJson(): Loose {
  return JSON.parse(readFileSync(join(root, 'public/generated/factbase.json'), 'utf8'));
}

describe('reading generated JSON leniently, as the browser does', () => {
  it('keeps every record of a sound fact base and drops nothing', () => {
    const { base, dropped } = readFactBase(generatedJson());
    expect(dropped).toEqual([]);
    expect(base).toEqual(parseFactBase(generatedJson()));
  });

  it('drops a broken fact, entity and battlegroup, and what refers to them, naming each', () => {
    const json = generatedJson();
    const brokenFact = 'lv-nato-collaboration-after-independence';
    const brokenEntity = 'lv-saeima';
    const brokenBattlegroup = 'efp-poland';
    json.facts.find((f: Loose) => f.id === brokenFact).topic = 'gossip';
    json.entities.find((e: Loose) => e.id === brokenEntity).kinds = [];
    json.efp.find((b: Loose) => b.id === brokenBattlegroup).lead = 'Canada';
    const factsNamingEntity: string[] = json.facts
      .filter((f: Loose) => f.id !== brokenFact && f.entities.includes(brokenEntity))
      .map((f: Loose) => f.id);
    const mentionsOfEntity: string[] = json.mentions.flatMap((m: Loose, i: number) =>
      m.entity === brokenEntity ? [`#${i}`] : [],
    );
    expect(factsNamingEntity.length).toBeGreaterThan(0);
    expect(mentionsOfEntity.length).toBeGreaterThan(0);

    const { base, dropped } = readFactBase(json);

    const droppedIds = (collection: string) =>
      dropped.filter((d) => d.collection === collection).map((d) => d.id);
    expect(droppedIds('facts').sort()).toEqual([brokenFact, ...factsNamingEntity].sort());
    expect(droppedIds('entities')).toEqual([brokenEntity]);
    expect(droppedIds('efp')).toEqual([brokenBattlegroup]);
    expect(droppedIds('mentions').sort()).toEqual([...mentionsOfEntity].sort());
    expect(dropped).toHaveLength(3 + factsNamingEntity.length + mentionsOfEntity.length);

    const problemOf = (id: string) => dropped.find((d) => d.id === id)?.problem;
    expect(problemOf(brokenFact)).toMatch(/^field topic: /);
    expect(problemOf(brokenEntity)).toMatch(/^field kinds: /);
    expect(problemOf(brokenBattlegroup)).toMatch(/^field lead: /);
    expect(problemOf(factsNamingEntity[0]!)).toMatch(
      new RegExp(`^field entities\\[\\d+\\]: entity "${brokenEntity}" was dropped$`),
    );

    const original = generatedJson();
    for (const collection of ['documents', 'entities', 'facts', 'efp', 'members'] as const) {
      const key = collection === 'members' ? 'country' : 'id';
      const kept = base[collection].map((r: Loose) => r[key]);
      const expected = original[collection]
        .map((r: Loose) => r[key])
        .filter((id: string) => !droppedIds(collection).includes(id));
      expect(kept, collection).toEqual(expected);
    }
    expect(base.mentions).toHaveLength(original.mentions.length - mentionsOfEntity.length);
    for (const collection of ['attaches', 'airPolicing', 'operations', 'summits', 'institutions']) {
      expect(base[collection as keyof typeof base], collection).toEqual(original[collection]);
    }
  });

  it('names a record it drops for repeating an earlier id, and keeps the first', () => {
    const json = generatedJson();
    const copy = { ...json.facts[1], statement: 'A second fact under the same id.' };
    json.facts.push(copy);
    const { base, dropped } = readFactBase(json);
    expect(dropped).toEqual([
      { collection: 'facts', id: copy.id, problem: `field id: duplicate id "${copy.id}"` },
    ]);
    expect(base.facts.find((f) => f.id === copy.id)?.statement).toBe(json.facts[1].statement);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'factbase'],
  ])('throws a DataError for %s instead of a fact base', (_, json) => {
    expect(errorOf(() => readFactBase(json))).toBe(
      'generated/factbase.json: field (root): must be an object',
    );
  });

  it('throws a DataError naming a list that is missing', () => {
    const json = generatedJson();
    delete json.facts;
    expect(errorOf(() => readFactBase(json))).toBe(
      'generated/factbase.json: field facts: is missing',
    );
  });

  it('throws a DataError when no document is left to show', () => {
    const json = generatedJson();
    for (const doc of json.documents) doc.sha256 = 'not a hash';
    expect(errorOf(() => readFactBase(json))).toBe(
      'generated/factbase.json: field documents: no document is left to show',
    );
  });
});
