/**
 * The fact base as the app uses it: fetched once, validated at the door, then indexed so that
 * every panel can ask "what do we know about X" without scanning arrays. Pure apart from `loadAtlas`.
 */
import { readFactBase, type DroppedRecord } from '../../data/factbase.ts';
import { linksOf, type Link } from '../../data/links.ts';
import { partnersOf } from '../../data/membership.ts';
import { placedRecords, recordPoints, type RecordPoint } from '../../data/points.ts';
import { yearOf } from '../../data/spans.ts';
import { backgroundTurn } from '../schedule.ts';
import { localName } from '../i18n/i18n.svelte.ts';
import { asOfLabel } from '../format.ts';
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

/** Why the fact base is unusable: the page words it in its language from `kind` and `detail`. */
export type AtlasProblem = 'unreachable' | 'status' | 'not-json' | 'damaged';

export class AtlasLoadError extends Error {
  override name = 'AtlasLoadError';
  constructor(
    readonly kind: AtlasProblem,
    /** What failed, as the browser or the checks said it: the file, the status, the field. */
    readonly detail: string,
    message: string,
    /** The HTTP status a server answered, for `status`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * Fetches and validates the fact base. A record that fails its checks is left out (and listed in
 * `dropped`) while the rest is shown; only a file that is unusable as a whole is an error, whose
 * message names what failed, for the page to show.
 */
export async function loadAtlas(base: string, signal?: AbortSignal): Promise<Atlas> {
  const url = new URL('generated/factbase.json', base);
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throw new AtlasLoadError(
      'unreachable',
      String(error),
      `The fact base could not be fetched (${String(error)}).`,
    );
  }
  if (!response.ok) {
    throw new AtlasLoadError(
      'status',
      url.pathname,
      `The fact base could not be fetched: ${url.pathname} answered ${response.status}.`,
      response.status,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new AtlasLoadError(
      'unreachable',
      String(error),
      `The fact base could not be fetched (${String(error)}).`,
    );
  }
  // Reading, validating and indexing it, then drawing the panels, is the longest piece of work
  // the page does before the map: at background priority it comes first while MapLibre is still
  // on its way (a slow connection) and after the map has started once MapLibre is here.
  await backgroundTurn();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AtlasLoadError(
      'not-json',
      url.pathname,
      `The fact base ${url.pathname} is not valid JSON.`,
    );
  }
  try {
    const { base: factBase, dropped } = readFactBase(json);
    const atlas = new Atlas(factBase, dropped);
    performance.mark('atlas-ready');
    return atlas;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AtlasLoadError('damaged', detail, `The fact base is damaged: ${detail}`);
  }
}

/** A document whose text the server did not give: its id and the HTTP status. */
export class DocumentFetchError extends Error {
  override name = 'DocumentFetchError';
  constructor(
    readonly doc: string,
    readonly status: number,
  ) {
    super(`The document ${doc} could not be fetched (${status}).`);
  }
}

/** A document's full text, fetched when a reader opens it (not with the first load). */
const textCache = new Map<string, Promise<string>>();
export function loadDocumentText(base: string, id: string): Promise<string> {
  let pending = textCache.get(id);
  if (!pending) {
    const url = new URL(`generated/docs/${encodeURIComponent(id)}.txt`, base);
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new DocumentFetchError(id, r.status);
      return r.text();
    });
    pending.catch(() => textCache.delete(id));
    textCache.set(id, pending);
  }
  return pending;
}
