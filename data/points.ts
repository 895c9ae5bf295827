/**
 * The places the map draws as points: one for each place a record of the point collections names
 * (attaché residences, air-policing bases, eFP battlegroups, operations, summits, institutions),
 * where the gazetteer has its coordinates. Pure, so the build (which writes points.geojson) and
 * the app (hit tests, lists) read the same points; which map layer draws a collection is the
 * app's business (src/layers/).
 */
import type { DateRange, Entity, FactBase } from './schema.ts';

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
  /** The first year a record of the collection places here, for the timeline. */
  since?: number;
  /** Defence attachés resident here (attaché residences only). */
  attaches?: number;
}

export function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

interface PlacedRecord {
  place: string;
  start?: DateRange;
  attaches?: number;
}

/** Each collection's records as the place they name and when they start there. */
function placedRecords(base: FactBase): Record<PointCollection, PlacedRecord[]> {
  const at = (place: string, start: DateRange | undefined) =>
    start === undefined ? { place } : { place, start };
  return {
    attaches: base.attaches.map((r) => ({ place: r.city, attaches: r.attaches })),
    airPolicing: base.airPolicing.map((b) => at(b.base, b.since)),
    efp: base.efp.map((g) => at(g.site, g.since)),
    operations: base.operations.map((op) => at(op.place, op.period)),
    summits: base.summits.map((s) => at(s.place, s.date)),
    institutions: base.institutions.map((i) => at(i.entity, i.since)),
  };
}

/** One point per place and collection: several records at one place (operations) merge. */
export function recordPoints(base: FactBase): RecordPoint[] {
  const entities = new Map<string, Entity>(base.entities.map((e) => [e.id, e]));
  const records = placedRecords(base);
  const points: RecordPoint[] = [];
  for (const collection of POINT_COLLECTIONS) {
    const byPlace = new Map<string, RecordPoint>();
    for (const record of records[collection]) {
      const entity = entities.get(record.place);
      if (entity?.coordinates === undefined) continue;
      const since = yearOf(record.start?.start);
      const point = byPlace.get(record.place);
      if (point === undefined) {
        const fresh: RecordPoint = {
          id: entity.id,
          name: entity.name,
          collection,
          coordinates: entity.coordinates,
        };
        if (since !== undefined) fresh.since = since;
        if (record.attaches !== undefined) fresh.attaches = record.attaches;
        byPlace.set(record.place, fresh);
        points.push(fresh);
        continue;
      }
      // A place is on the map from its earliest record; undated records don't move that.
      if (since !== undefined && (point.since === undefined || since < point.since)) {
        point.since = since;
      }
      if (record.attaches !== undefined) point.attaches = (point.attaches ?? 0) + record.attaches;
    }
  }
  return points;
}
