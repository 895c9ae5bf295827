/**
 * Which point a click, tap or hover is on: the nearest visible point within reach. Computed from
 * the ~30 points' coordinates, not by asking MapLibre for rendered features in a box: a query
 * over the map's tiles costs tens of milliseconds on a slow phone, on every mouse move and again
 * before every click (the bench's click-to-details figure).
 */
import type { RecordPoint } from '../../data/points.ts';

export interface Pixel {
  x: number;
  y: number;
}

/** What a hit test needs of a point: the atlas's records, or the points the map has drawn. */
export interface PlacedPoint {
  id: string;
  coordinates: [number, number];
}

export interface PointHitOptions<P extends PlacedPoint = RecordPoint> {
  /** Screen position of a longitude and latitude, as the map projects it. */
  project: (lngLat: [number, number]) => Pixel;
  /** Width of one world copy in CSS pixels: points repeat every this many pixels. */
  worldWidth: number;
  /** Whether a point is drawn (its layer shown, and in the timeline's year). */
  visible: (point: P) => boolean;
  radius: number;
}

export function nearestPoint<P extends PlacedPoint>(
  points: readonly P[],
  at: Pixel,
  { project, worldWidth, visible, radius }: PointHitOptions<P>,
): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const point of points) {
    if (!visible(point)) continue;
    const p = project(point.coordinates);
    for (const copy of [0, -worldWidth, worldWidth]) {
      const distance = Math.hypot(p.x + copy - at.x, p.y - at.y);
      if (distance <= radius && (best === null || distance < best.distance)) {
        best = { id: point.id, distance };
      }
    }
  }
  return best?.id ?? null;
}
