import { describe, expect, it } from 'vitest';
import type { PointCollection, RecordPoint } from '../../data/points.ts';
import { nearestPoint, type PointHitOptions } from '../../src/map/hit-test.ts';

const point = (id: string, x: number, collection: PointCollection = 'efp'): RecordPoint => ({
  id,
  name: id,
  collection,
  coordinates: [x, 0],
  from: 2017,
  startKnown: true,
});

/** A flat projection: one degree of longitude is one pixel, worlds 360 pixels wide. */
const options = (overrides: Partial<PointHitOptions> = {}): PointHitOptions => ({
  project: ([lng, lat]) => ({ x: lng, y: lat }),
  worldWidth: 360,
  visible: () => true,
  radius: 30,
  ...overrides,
});

describe('the point under a click or tap', () => {
  it('is the nearest point within reach', () => {
    const points = [point('far', 20), point('near', 8)];
    expect(nearestPoint(points, { x: 0, y: 0 }, options())).toBe('near');
  });

  it('is none when every point is farther than the radius', () => {
    expect(nearestPoint([point('a', 31)], { x: 0, y: 0 }, options())).toBeNull();
    expect(nearestPoint([point('a', 30)], { x: 0, y: 0 }, options())).toBe('a');
  });

  it('skips points the map does not draw (layer hidden, or not yet in the year)', () => {
    const points = [point('hidden', 2, 'summits'), point('shown', 10)];
    const visible = (p: RecordPoint) => p.collection !== 'summits';
    expect(nearestPoint(points, { x: 0, y: 0 }, options({ visible }))).toBe('shown');
  });

  it('finds a point in the next world copy, across the antimeridian', () => {
    expect(nearestPoint([point('fiji', 178)], { x: -178, y: 0 }, options())).toBe('fiji');
  });
});
