/**
 * Turning GSHHG's bin-cut shoreline pieces into polygon rings. GSHHG keeps every shoreline with
 * its feature on the left (land for levels 1 and 3) or on the right (lakes, levels 2 and 4), and
 * `gmt coast -M` cuts it where it crosses a bin edge; the pieces meet end to start at exactly the
 * same coordinates. Joined, a piece chain either closes on itself or runs from one edge of the
 * dumped region to another, and those are closed by walking the region's edge.
 */
import type { Position } from 'geojson';
import type { BBox } from './tile-grid.ts';

export type Ring = Position[];

const key = (point: Position) => `${point[0]},${point[1]}`;

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Twice the signed area (positive when counterclockwise), in square degrees. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/**
 * Joins pieces whose end is another's start. Returns closed rings (first point repeated last)
 * and open chains, each chain as long as the pieces allow in both directions.
 */
export function joinPieces(pieces: readonly Ring[]): { closed: Ring[]; open: Ring[] } {
  const startingAt = new Map<string, number[]>();
  const endingAt = new Map<string, number[]>();
  pieces.forEach((piece, index) => {
    const push = (map: Map<string, number[]>, point: Position) => {
      const list = map.get(key(point));
      if (list) list.push(index);
      else map.set(key(point), [index]);
    };
    push(startingAt, piece[0] as Position);
    push(endingAt, piece[piece.length - 1] as Position);
  });
  const used = new Uint8Array(pieces.length);
  const take = (map: Map<string, number[]>, point: Position): Ring | undefined => {
    const index = map.get(key(point))?.find((candidate) => !used[candidate]);
    if (index === undefined) return undefined;
    used[index] = 1;
    return pieces[index];
  };

  const closed: Ring[] = [];
  const open: Ring[] = [];
  pieces.forEach((piece, index) => {
    if (used[index]) return;
    used[index] = 1;
    const chain = [...piece];
    const isClosed = () => chain.length > 1 && samePoint(chain[0] as Position, chain.at(-1)!);
    for (let next = take(startingAt, chain.at(-1)!); next;) {
      chain.push(...next.slice(1));
      next = isClosed() ? undefined : take(startingAt, chain.at(-1)!);
    }
    for (let previous = isClosed() ? undefined : take(endingAt, chain[0] as Position); previous;) {
      chain.unshift(...previous.slice(0, -1));
      previous = isClosed() ? undefined : take(endingAt, chain[0] as Position);
    }
    (isClosed() ? closed : open).push(chain);
  });
  return { closed, open };
}

/** A point's position along the region's edge, counterclockwise from the south-west corner. */
function edgeDistance(point: Position, region: BBox): number {
  const [west, south, east, north] = region;
  const [x, y] = point as [number, number];
  const width = east - west;
  const height = north - south;
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  if (near(y, south)) return x - west;
  if (near(x, east)) return width + (y - south);
  if (near(y, north)) return width + height + (east - x);
  if (near(x, west)) return 2 * width + height + (north - y);
  throw new Error(`chain end ${x},${y} is not on the edge of region ${region.join('/')}`);
}

/** The region's corners strictly after distance `from` up to `to`, counterclockwise. */
function cornersBetween(from: number, to: number, region: BBox): Position[] {
  const [west, south, east, north] = region;
  const width = east - west;
  const height = north - south;
  const perimeter = 2 * (width + height);
  const corners: [number, Position][] = [
    [0, [west, south]],
    [width, [east, south]],
    [width + height, [east, north]],
    [2 * width + height, [west, north]],
  ];
  const span = (to - from + perimeter) % perimeter;
  return corners
    .map(([at, corner]) => [(at - from + perimeter) % perimeter, corner] as const)
    .filter(([offset]) => offset > 0 && offset < span)
    .sort((a, b) => a[0] - b[0])
    .map(([, corner]) => corner);
}

/**
 * Closes open chains (feature on their left, both ends on the region's edge) into rings: from
 * where a chain leaves the region, the feature's outline follows the edge counterclockwise to
 * where the next chain enters.
 */
export function closeAlongEdge(chains: readonly Ring[], region: BBox): Ring[] {
  const starts = chains.map((chain, index) => ({
    index,
    at: edgeDistance(chain[0] as Position, region),
  }));
  starts.sort((a, b) => a.at - b.at || a.index - b.index);
  const nextStart = (from: number) =>
    starts.find((start) => start.at >= from) ?? (starts[0] as { index: number; at: number });

  const used = new Uint8Array(chains.length);
  const rings: Ring[] = [];
  chains.forEach((_, first) => {
    if (used[first]) return;
    const ring: Ring = [];
    for (let index = first; !used[index];) {
      used[index] = 1;
      const chain = chains[index] as Ring;
      ring.push(...chain);
      const leaves = edgeDistance(chain.at(-1)!, region);
      const next = nextStart(leaves);
      ring.push(...cornersBetween(leaves, next.at, region));
      index = next.index;
      if (used[index] && index !== first) {
        throw new Error('edge walk reached a chain already used in another ring');
      }
    }
    ring.push(ring[0] as Position);
    rings.push(ring);
  });
  return rings;
}

export function reversed(ring: Ring): Ring {
  return [...ring].reverse();
}
