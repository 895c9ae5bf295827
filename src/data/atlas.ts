/**
 * The fact base as the app uses it: fetched once, validated at the door, then indexed so that
 * every panel can ask "what do we know about X" without scanning arrays. Pure apart from `loadAtlas`.
 */
import { parseFactBase } from '../../data/factbase.ts';
import { backgroundTurn } from '../schedule.ts';
import type {
  DateRange,
  Entity,
  Fact,
  FactBase,
  GeneratedDocument,
  Member,
  Mention,
} from '../../data/schema.ts';

export type { DateRange, Entity, Fact, GeneratedDocument, Mention };

/** The map's thematic layers, in the order the layer list shows them. */
export const LAYER_IDS = [
  'members',
  'attaches',
  'air-policing',
  'efp',
  'operations',
  'summits',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type PointLayerId = Exclude<LayerId, 'members'>;

export const LAYER_NAMES: Record<LayerId, string> = {
  members: 'Member states',
  attaches: 'Attaché residences',
  'air-policing': 'Air policing',
  efp: 'eFP battlegroups',
  operations: 'Operations and missions',
  summits: 'Summits and NATO institutions',
};

/** NATO's enlargement waves, as the member-states layer colours them. */
export const WAVES = [
  { id: 'w1949', label: '1949 (founders)', from: 1949, to: 1949 },
  { id: 'w1952', label: '1952–1982', from: 1952, to: 1982 },
  { id: 'w1999', label: '1999', from: 1999, to: 1999 },
  { id: 'w2004', label: '2004', from: 2004, to: 2004 },
  { id: 'w2009', label: '2009–2020', from: 2009, to: 2020 },
  { id: 'w2023', label: '2023–2024', from: 2023, to: 2024 },
] as const;
export type WaveId = (typeof WAVES)[number]['id'];

export const BALTIC_STATES = ['EST', 'LVA', 'LTU'] as const;

export interface PointFeature {
  id: string;
  name: string;
  layer: PointLayerId;
  coordinates: [number, number];
  /** A short line under the name on the map, e.g. "2 attachés". */
  note?: string;
  /** The first year the feature existed, for the timeline. */
  since?: number;
}

/** A relation between a country and something else, in words a panel can show. */
export interface Role {
  text: string;
  /** The entity the role is about (a base, a residence city, a battlegroup's host). */
  entity?: string;
}

/** Lines the map draws from a selected point to the countries it is linked with. */
export interface Link {
  from: string;
  to: string;
  kind: 'attache' | 'efp-lead' | 'efp-contributor';
}

export function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

export class Atlas {
  readonly base: FactBase;
  readonly entities = new Map<string, Entity>();
  readonly facts = new Map<string, Fact>();
  readonly documents = new Map<string, GeneratedDocument>();
  readonly members = new Map<string, Member>();
  readonly factsByEntity = new Map<string, Fact[]>();
  readonly mentionsByEntity = new Map<string, Mention[]>();
  readonly points: Record<PointLayerId, PointFeature[]>;
  /** Every point of every layer, for hit tests. */
  readonly allPoints: readonly PointFeature[];
  readonly partners: ReadonlySet<string>;
  readonly links: Link[];

  constructor(base: FactBase) {
    this.base = base;
    for (const e of base.entities) this.entities.set(e.id, e);
    for (const d of base.documents) this.documents.set(d.id, d);
    for (const m of base.members) this.members.set(m.country, m);
    for (const f of base.facts) {
      this.facts.set(f.id, f);
      for (const id of new Set(f.entities)) push(this.factsByEntity, id, f);
    }
    for (const list of this.factsByEntity.values()) list.sort(byDate);
    for (const m of base.mentions) push(this.mentionsByEntity, m.entity, m);
    this.points = this.buildPoints();
    this.allPoints = Object.values(this.points).flat();
    this.partners = this.findPartners();
    this.links = this.buildLinks();
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  name(id: string): string {
    return this.entities.get(id)?.name ?? id;
  }

  isCountry(id: string): boolean {
    return this.entities.get(id)?.kinds.includes('country') ?? false;
  }

  accessionYear(country: string): number | undefined {
    return yearOf(this.members.get(country)?.accession);
  }

  waveOf(country: string): WaveId | undefined {
    const year = this.accessionYear(country);
    if (year === undefined) return undefined;
    return WAVES.find((w) => year >= w.from && year <= w.to)?.id;
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

  membership(): {
    accession: Record<string, number>;
    wave: Record<string, WaveId>;
    partners: string[];
  } {
    const accession: Record<string, number> = {};
    const wave: Record<string, WaveId> = {};
    for (const id of this.members.keys()) {
      const year = this.accessionYear(id);
      const w = this.waveOf(id);
      if (year !== undefined) accession[id] = year;
      if (w !== undefined) wave[id] = w;
    }
    return { accession, wave, partners: [...this.partners] };
  }

  /** Every point feature an entity has on the map, whichever layers it is in. */
  pointsOf(id: string): PointFeature[] {
    return Object.values(this.points).flatMap((list) => list.filter((p) => p.id === id));
  }

  /** What a country is to the alliance and to Latvia's and Lithuania's cooperation. */
  rolesOf(country: string): Role[] {
    const roles: Role[] = [];
    const base = this.base;
    for (const g of base.efp) {
      const site = this.name(g.site);
      if (g.host === country)
        roles.push({ text: `Hosts the eFP battlegroup at ${site}`, entity: g.site });
      if (g.lead === country)
        roles.push({
          text: `Leads the eFP battlegroup at ${site} (${this.name(g.host)})`,
          entity: g.site,
        });
      if (g.contributors.includes(country))
        roles.push({
          text: `Contributes to the eFP battlegroup at ${site} (${this.name(g.host)})`,
          entity: g.site,
        });
    }
    for (const b of base.airPolicing) {
      if (b.host === country)
        roles.push({ text: `Hosts air policing at ${this.name(b.base)}`, entity: b.base });
    }
    for (const r of base.attaches) {
      const city = this.entities.get(r.city);
      if (r.countries.includes(country)) {
        roles.push({
          text: `Covered by Latvia's defence attaché resident in ${this.name(r.city)}`,
          entity: r.city,
        });
      } else if (city?.country === country) {
        roles.push({
          text: `Hosts Latvia's defence attaché residence in ${this.name(r.city)}`,
          entity: r.city,
        });
      }
    }
    for (const op of base.operations) {
      if (op.place === country) roles.push({ text: `Scene of ${op.name}` });
      else if (this.entities.get(op.place)?.country === country) {
        roles.push({ text: `Scene of ${op.name}`, entity: op.place });
      }
    }
    if (this.partners.has(country)) {
      roles.push({ text: 'Partner country the documents name (not a NATO member)' });
    }
    return roles;
  }

  private buildPoints(): Record<PointLayerId, PointFeature[]> {
    const base = this.base;
    const point = (
      id: string,
      layer: PointLayerId,
      extra: Partial<PointFeature> = {},
    ): PointFeature[] => {
      const e = this.entities.get(id);
      if (e?.coordinates === undefined) return [];
      return [{ id, name: e.name, layer, coordinates: e.coordinates, ...extra }];
    };
    const uniqueById = (list: PointFeature[]) =>
      list.filter((p, i) => list.findIndex((q) => q.id === p.id) === i);
    return {
      attaches: base.attaches.flatMap((r) =>
        point(r.city, 'attaches', {
          note: r.attaches === 1 ? '1 attaché' : `${r.attaches} attachés`,
        }),
      ),
      'air-policing': base.airPolicing.flatMap((b) =>
        point(b.base, 'air-policing', { ...sinceOf(b.since) }),
      ),
      efp: base.efp.flatMap((g) => point(g.site, 'efp', { ...sinceOf(g.since) })),
      operations: uniqueById(
        base.operations.flatMap((op) => point(op.place, 'operations', { ...sinceOf(op.period) })),
      ),
      summits: uniqueById([
        ...base.summits.flatMap((s) => point(s.place, 'summits', { ...sinceOf(s.date) })),
        ...base.institutions.flatMap((i) => point(i.entity, 'summits', { ...sinceOf(i.since) })),
      ]),
    };
  }

  /** Non-members that Latvia's attachés cover or that the documents name as partners. */
  private findPartners(): ReadonlySet<string> {
    const partners = new Set<string>();
    for (const r of this.base.attaches) for (const c of r.countries) partners.add(c);
    for (const f of this.base.facts) {
      if (f.topic === 'partners')
        for (const id of f.entities) if (this.isCountry(id)) partners.add(id);
    }
    for (const id of [...partners]) if (this.members.has(id)) partners.delete(id);
    return partners;
  }

  private buildLinks(): Link[] {
    const links: Link[] = [];
    for (const r of this.base.attaches) {
      for (const c of r.countries) links.push({ from: r.city, to: c, kind: 'attache' });
    }
    for (const g of this.base.efp) {
      links.push({ from: g.site, to: g.lead, kind: 'efp-lead' });
      for (const c of g.contributors) links.push({ from: g.site, to: c, kind: 'efp-contributor' });
    }
    return links;
  }
}

function sinceOf(range: DateRange | undefined): { since?: number } {
  const year = yearOf(range?.start);
  return year === undefined ? {} : { since: year };
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

export class AtlasLoadError extends Error {
  override name = 'AtlasLoadError';
}

/** Fetches and validates the fact base; the error names what failed, for the page to show. */
export async function loadAtlas(base: string, signal?: AbortSignal): Promise<Atlas> {
  const url = new URL('generated/factbase.json', base);
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throw new AtlasLoadError(`The fact base could not be fetched (${String(error)}).`);
  }
  if (!response.ok) {
    throw new AtlasLoadError(
      `The fact base could not be fetched: ${url.pathname} answered ${response.status}.`,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new AtlasLoadError(`The fact base could not be fetched (${String(error)}).`);
  }
  // Reading, validating and indexing it, then drawing the panels, is the longest piece of work
  // the page does before the map: at background priority it comes first while MapLibre is still
  // on its way (a slow connection) and after the map has started once MapLibre is here.
  await backgroundTurn();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AtlasLoadError(`The fact base ${url.pathname} is not valid JSON.`);
  }
  try {
    const atlas = new Atlas(parseFactBase(json));
    performance.mark('atlas-ready');
    return atlas;
  } catch (error) {
    throw new AtlasLoadError(
      `The fact base is damaged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A document's full text, fetched when a reader opens it (not with the first load). */
const textCache = new Map<string, Promise<string>>();
export function loadDocumentText(base: string, id: string): Promise<string> {
  let pending = textCache.get(id);
  if (!pending) {
    const url = new URL(`generated/docs/${encodeURIComponent(id)}.txt`, base);
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`The document ${id} could not be fetched (${r.status}).`);
      return r.text();
    });
    pending.catch(() => textCache.delete(id));
    textCache.set(id, pending);
  }
  return pending;
}
