/**
 * Puts each hole (an island in the sea, an island in a lake) into the one outer ring that holds
 * it. Outer rings can have a million vertices and holes number in the tens of thousands, so each
 * outer ring gets an index of its edges by latitude band, and a point-in-ring test only looks at
 * the edges of the point's band.
 */
import type { Position } from 'geojson';
import type { Ring } from './rings.ts';

type Bounds = [west: number, south: number, east: number, north: number];

function boundsOf(ring: Ring): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring as [number, number][]) {
    bounds[0] = Math.min(bounds[0], x);
    bounds[1] = Math.min(bounds[1], y);
    bounds[2] = Math.max(bounds[2], x);
    bounds[3] = Math.max(bounds[3], y);
  }
  return bounds;
}

const inBounds = ([x, y]: [number, number], b: Bounds) =>
  x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

class IndexedRing {
  readonly bounds: Bounds;
  private readonly bandHeight: number;
  private readonly bands: number[][];

  constructor(readonly ring: Ring) {
    this.bounds = boundsOf(ring);
    // About eight edges per band on average keeps each test short.
    const bandCount = Math.max(1, Math.min(1 << 16, Math.ceil(ring.length / 8)));
    this.bandHeight = (this.bounds[3] - this.bounds[1]) / bandCount || 1;
    this.bands = Array.from({ length: bandCount }, () => []);
    for (let i = 0; i < ring.length - 1; i++) {
      const a = (ring[i] as Position)[1] as number;
      const b = (ring[i + 1] as Position)[1] as number;
      for (let band = this.band(Math.min(a, b)); band <= this.band(Math.max(a, b)); band++) {
        this.bands[band]!.push(i);
      }
    }
  }

  private band(y: number): number {
    const band = Math.floor((y - this.bounds[1]) / this.bandHeight);
    return Math.max(0, Math.min(this.bands.length - 1, band));
  }

  /** Even-odd ray cast to the east over the edges crossing the point's latitude. */
  contains(point: [number, number]): boolean {
    if (!inBounds(point, this.bounds)) return false;
    const [x, y] = point;
    let inside = false;
    for (const i of this.bands[this.band(y)] as number[]) {
      const [ax, ay] = this.ring[i] as [number, number];
      const [bx, by] = this.ring[i + 1] as [number, number];
      if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
    return inside;
  }
}

/**
 * Polygons (outer ring, then its holes) from disjoint outer rings and holes that each lie inside
 * one of them. A hole is placed by its first vertex; holes inside no outer ring are counted.
 */
export function assignHoles(
  outers: readonly Ring[],
  holes: readonly Ring[],
): { polygons: Ring[][]; unplaced: number } {
  const indexed = outers.map((ring) => new IndexedRing(ring));
  const polygons: Ring[][] = outers.map((ring) => [ring]);
  let unplaced = 0;
  for (const hole of holes) {
    const point = hole[0] as [number, number];
    const candidates = indexed.flatMap((outer, i) => (inBounds(point, outer.bounds) ? [i] : []));
    // One candidate box suffices: outer rings are disjoint and the hole lies in one of them.
    const owner =
      candidates.length === 1
        ? candidates[0]
        : candidates.find((i) => (indexed[i] as IndexedRing).contains(point));
    if (owner === undefined) unplaced++;
    else (polygons[owner] as Ring[]).push(hole);
  }
  return { polygons, unplaced };
}
