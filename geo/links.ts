/**
 * Great-circle lines for the links the map draws from a selected residence or battlegroup, each
 * ending at the linked country's label point. Every link must find both ends: none is dropped.
 */
import { greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Link } from '../data/links.ts';

export type LabelPoints = FeatureCollection<Point, { id: string; kind?: string }>;

export type LinkProperties = Pick<Link, 'from' | 'to' | 'kind'>;

export function linkCollection(
  links: readonly Link[],
  placeCoordinates: ReadonlyMap<string, [number, number]>,
  labels: LabelPoints,
): FeatureCollection<LineString | MultiLineString, LinkProperties> {
  const anchor = new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  const features: Feature<LineString | MultiLineString, LinkProperties>[] = [];
  for (const link of links) {
    const start = placeCoordinates.get(link.from);
    const end = anchor.get(link.to);
    if (start === undefined || end === undefined) {
      throw new Error(
        `link ${link.from} → ${link.to}: no ${start === undefined ? 'point for the place' : 'label point for the country'}`,
      );
    }
    // 32 points draw a smooth arc at any zoom; 0.001° (about 100 m) is finer than a line's width.
    const arc = greatCircle(start, end, { npoints: 32 });
    const round = (p: number[]) => p.map((x) => Math.round(x * 1000) / 1000);
    const geometry =
      arc.geometry.type === 'LineString'
        ? { type: 'LineString' as const, coordinates: arc.geometry.coordinates.map(round) }
        : {
            type: 'MultiLineString' as const,
            coordinates: arc.geometry.coordinates.map((line) => line.map(round)),
          };
    features.push({
      type: 'Feature',
      geometry,
      properties: { from: link.from, to: link.to, kind: link.kind },
    });
  }
  return { type: 'FeatureCollection', features };
}
