/**
 * The places the map draws as points: one for each place a record of the point collections names
 * (attaché residences, air-policing bases, eFP battlegroups, operations, summits, institutions),
 * where the gazetteer has its coordinates. Pure, so the build (which writes points.geojson) and
 * the app (hit tests, lists) read the same points; which map layer draws a collection is the
 * app's business (src/layers/).
 */
import type { Entity, FactBase, Span } from './schema.ts';
import { shownYears, startIsKnown, type ShownYears } from './spans.ts';

export const POINT_COLLECTIONS = [
  'attaches',
  'airPolicing',
  'efp',
  'operations',
  'summits',
  'institutions',
] as const;
export type PointCollection = (typeof POINT_COLLECTIONS)[number];

export interface RecordPoint {
  /** The place's entity id. */
  id: string;
  name: string;
  collection: PointCollection;
  coordinates: [number, number];
  /** The first year the timeline draws it: the earliest its records' sources support. */
  from?: number;
  /** The last year it is drawn, where every record here has ended. */
  until?: number;
  /** Whether the sources date its start; if not, the map draws it apart (a dashed outline). */
  startKnown: boolean;
  /** Defence attachés resident here (attaché residences only). */
  attaches?: number;
}

export interface PlacedRecord {
  place: string;
  span: Span;
  facts: readonly string[];
  attaches?: number;
}

/** Each collection's records as the place they name, when they existed there and their facts. */
export function placedRecords(base: FactBase): Record<PointCollection, PlacedRecord[]> {
  const at = (place: string, r: { span: Span; facts: readonly string[] }) => ({
    place,
    span: r.span,
    facts: r.facts,
  });
  return {
    attaches: base.attaches.map((r) => ({ ...at(r.city, r), attaches: r.attaches })),
    airPolicing: base.airPolicing.map((b) => at(b.base, b)),
    efp: base.efp.map((g) => at(g.site, g)),
    operations: base.operations.map((op) => at(op.place, op)),
    summits: base.summits.map((s) => at(s.place, s)),
    institutions: base.institutions.map((i) => at(i.entity, i)),
  };
}

/** The years covering both: a place is drawn while any of its records is. */
function union(a: ShownYears | null, b: ShownYears | null): ShownYears | null {
  if (a === null) return b;
  if (b === null) return a;
  const from = Math.min(a.from, b.from);
  if (a.until === undefined || b.until === undefined) return { from };
  return { from, until: Math.max(a.until, b.until) };
}

/** One point per place and collection: several records at one place (operations) merge. */
export function recordPoints(base: FactBase): RecordPoint[] {
  const entities = new Map<string, Entity>(base.entities.map((e) => [e.id, e]));
  const documents = new Map(base.documents.map((d) => [d.id, d]));
  const records = placedRecords(base);
  const points: RecordPoint[] = [];
  for (const collection of POINT_COLLECTIONS) {
    const byPlace = new Map<string, { point: RecordPoint; years: ShownYears | null }>();
    for (const record of records[collection]) {
      const entity = entities.get(record.place);
      if (entity?.coordinates === undefined) continue;
      const years = shownYears(record.span, documents);
      const known = startIsKnown(record.span);
      const placed = byPlace.get(record.place);
      if (placed === undefined) {
        const point: RecordPoint = {
          id: entity.id,
          name: entity.name,
          collection,
          coordinates: entity.coordinates,
          startKnown: known,
        };
        if (record.attaches !== undefined) point.attaches = record.attaches;
        byPlace.set(record.place, { point, years });
        points.push(point);
        continue;
      }
      placed.years = union(placed.years, years);
      placed.point.startKnown &&= known;
      if (record.attaches !== undefined) {
        placed.point.attaches = (placed.point.attaches ?? 0) + record.attaches;
      }
    }
    for (const { point, years } of byPlace.values()) {
      if (years === null) continue;
      point.from = years.from;
      if (years.until !== undefined) point.until = years.until;
    }
  }
  return points;
}

/** Whether the timeline draws a point in a year: the same test as the map's style filter. */
export function isDrawnIn(point: RecordPoint, year: number): boolean {
  return point.from !== undefined && point.from <= year && year <= (point.until ?? Infinity);
}
