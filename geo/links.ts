/**
 * Great-circle lines for the links the map draws from a selected residence or battlegroup, each
 * ending at the linked country's label point. Every link must find both ends: none is dropped.
 */
import { greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Atlas } from '../src/data/atlas.ts';
import type { LinkProperties } from '../src/map/layers/points.ts';

export type LabelPoints = FeatureCollection<Point, { id: string }>;

export function linkCollection(
  atlas: Atlas,
  labels: LabelPoints,
): FeatureCollection<LineString | MultiLineString, LinkProperties> {
  const anchor = new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  const features: Feature<LineString | MultiLineString, LinkProperties>[] = [];
  for (const link of atlas.links) {
    const start = atlas.entity(link.from)?.coordinates;
    const end = anchor.get(link.to);
    if (start === undefined || end === undefined) {
      throw new Error(
        `link ${link.from} → ${link.to}: no ${start === undefined ? 'point for the place' : 'label point for the country'}`,
      );
    }
    const arc = greatCircle(start, end, { npoints: 64 });
    features.push({ ...arc, properties: { from: link.from, to: link.to, kind: link.kind } });
  }
  return { type: 'FeatureCollection', features };
}
