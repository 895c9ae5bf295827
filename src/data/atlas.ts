/**
 * The fact base as the app uses it: fetched once, validated at the door, then indexed so that
 * every panel can ask "what do we know about X" without scanning arrays. Pure: src/data/atlas-load.ts
 * fetches the file and loads this module beside it, so its checks are only fetched with the facts.
 */
import { readFactBase, type DroppedRecord } from '../../data/factbase.ts';
import { linksOf, type Link } from '../../data/links.ts';
import { partnersOf } from '../../data/membership.ts';
import { placedRecords, recordPoints, type RecordPoint } from '../../data/points.ts';
import { yearOf } from '../../data/spans.ts';
import { localName } from '../i18n/i18n.svelte.ts';
import { asOfLabel } from '../format.ts';
import { TOPICS } from '../../data/schema.ts';
import type {
  Entity,
  Fact,
  FactBase,
  GeneratedDocument,
  Member,
  Mention,
} from '../../data/schema.ts';

export type { DroppedRecord, Entity, Fact, GeneratedDocument, Link, Mention, RecordPoint };

export class Atlas {
  readonly factBase: FactBase;
  readonly entities = new Map<string, Entity>();
  readonly facts = new Map<string, Fact>();
  readonly documents = new Map<string, GeneratedDocument>();
  readonly members = new Map<string, Member>();
  readonly factsByEntity = new Map<string, Fact[]>();
  readonly mentionsByEntity = new Map<string, Mention[]>();
  /** Every point of every point collection, for the layers, their lists and hit tests. */
  readonly points: readonly RecordPoint[];
  /** Non-members the documents name as partners. */
  readonly partners: ReadonlySet<string>;
  readonly links: readonly Link[];
  /** Every topic a fact may be filed under, whether or not one is. */
  readonly topics: ReadonlySet<string> = new Set(TOPICS);
  /** Records the fact base had that failed their checks, left out and named for the reader. */
  readonly dropped: readonly DroppedRecord[];

  constructor(factBase: FactBase, dropped: readonly DroppedRecord[] = []) {
    this.factBase = factBase;
    this.dropped = dropped;
    for (const e of factBase.entities) this.entities.set(e.id, e);
    for (const d of factBase.documents) this.documents.set(d.id, d);
    for (const m of factBase.members) this.members.set(m.country, m);
    for (const f of factBase.facts) {
      this.facts.set(f.id, f);
      for (const id of new Set(f.entities)) push(this.factsByEntity, id, f);
    }
    // A place's card shows the facts its own records cite, even where a sentence names it another
    // way ("the forward force deployed in Lithuania" is Rukla's battlegroup).
    for (const [place, ids] of recordFacts(factBase)) {
      const listed = new Set((this.factsByEntity.get(place) ?? []).map((f) => f.id));
      for (const id of ids) {
        const fact = this.facts.get(id);
        if (fact !== undefined && !listed.has(id)) {
          listed.add(id);
          push(this.factsByEntity, place, fact);
        }
      }
    }
    for (const list of this.factsByEntity.values()) list.sort(byDate);
    for (const m of factBase.mentions) push(this.mentionsByEntity, m.entity, m);
    this.points = recordPoints(factBase);
    this.partners = new Set(partnersOf(factBase));
    this.links = linksOf(factBase);
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** A country's or place's name in the language on screen (reactive: it reads the interface's). */
  name(id: string): string {
    return localName(id, this.isCountry(id)) ?? this.entities.get(id)?.name ?? id;
  }

  isCountry(id: string): boolean {
    return this.entities.get(id)?.kinds.includes('country') ?? false;
  }

  accessionYear(country: string): number | undefined {
    const accession = this.members.get(country)?.accession;
    return accession === undefined ? undefined : yearOf(accession);
  }

  /** "2018", "2022 or later": the date a document's "currently" refers to, in the language on screen. */
  asOfLabel(docId: string): string | undefined {
    const doc = this.documents.get(docId);
    return doc === undefined ? undefined : asOfLabel(doc);
  }

  /** The "as of" date of a fact that speaks of its document's present. */
  factAsOf(fact: Fact): string | undefined {
    const doc = fact.evidence[0]?.doc;
    return fact.asOf && doc !== undefined ? this.asOfLabel(doc) : undefined;
  }

  factsAbout(id: string): Fact[] {
    return this.factsByEntity.get(id) ?? [];
  }

  /** Passages that mention an entity but are not already quoted by one of its facts. */
  otherMentions(id: string): Mention[] {
    const quoted = this.factsAbout(id).flatMap((f) => f.evidence);
    const seen = new Set<string>();
    return (this.mentionsByEntity.get(id) ?? []).filter((m) => {
      const key = `${m.doc}:${m.sentence[0]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return !quoted.some((e) => e.doc === m.doc && e.start <= m.match[0] && e.end >= m.match[1]);
    });
  }

  /** Countries the map highlights and links to when an entity is selected. */
  relatedCountries(id: string): string[] {
    return [...new Set(this.links.filter((l) => l.from === id).map((l) => l.to))];
  }

  /** Every point an entity has on the map, whichever layers draw it. */
  pointsOf(id: string): RecordPoint[] {
    return this.points.filter((p) => p.id === id);
  }
}

/** The facts each place's records cite, whichever collection they are in. */
function recordFacts(base: FactBase): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const records of Object.values(placedRecords(base))) {
    for (const { place, facts } of records)
      byPlace.set(place, [...(byPlace.get(place) ?? []), ...facts]);
  }
  return byPlace;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Dated facts first, oldest first; undated ones after, in document order. */
export function byDate(a: Fact, b: Fact): number {
  const da = a.date?.start;
  const db = b.date?.start;
  // ISO dates order as plain strings; localeCompare would pay for collation it does not need.
  if (da !== undefined && db !== undefined) return da < db ? -1 : da > db ? 1 : 0;
  if (da !== undefined) return -1;
  if (db !== undefined) return 1;
  return 0;
}

/**
 * The fact base's parsed JSON validated and indexed. A record that fails its checks is left out
 * and listed in `dropped`; a file unusable as a whole throws, its message naming what failed.
 */
export function readAtlas(json: unknown): Atlas {
  const { base: factBase, dropped } = readFactBase(json);
  return new Atlas(factBase, dropped);
}
