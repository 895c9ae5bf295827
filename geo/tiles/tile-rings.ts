/**
 * Polygon rings of a tile made by geojson-vt, put right before encoding. Simplification and
 * rounding to the tile grid can collapse a small ring or flip its winding, and MVT readers tell
 * an outer ring from a hole by winding alone: a flipped hole would start a new polygon and take
 * the holes after it (an island-sized hole in the sea then vanishes).
 * MVT spec: https://github.com/mapbox/vector-tile-spec/tree/master/2.1#4344-polygon-geometry-type
 */
import type { LegacyFeature } from 'geojson-vt';

type TileRing = [number, number][];

/** The surveyor's formula in tile coordinates (y down): positive for an MVT outer ring. */
function surveyorArea(ring: TileRing): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j] as [number, number];
    const [x2, y2] = ring[i] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * Winds each ring as the feature's structure says it is: `firstOnlyOuter` for a polygon with
 * holes (outer ring first), otherwise every ring is an outer ring. Rings with no area are
 * dropped, and a polygon whose outer ring collapsed goes with its holes.
 */
export function orientRings(
  feature: LegacyFeature,
  firstOnlyOuter: boolean,
): LegacyFeature | undefined {
  if (feature.type !== 3) return feature;
  const rings: TileRing[] = [];
  for (const [index, ring] of feature.geometry.entries()) {
    const area = surveyorArea(ring);
    if (area === 0) {
      if (index === 0 && firstOnlyOuter) return undefined;
      continue;
    }
    const outer = index === 0 || !firstOnlyOuter;
    rings.push(area > 0 === outer ? ring : [...ring].reverse());
  }
  return rings.length > 0 ? { ...feature, geometry: rings } : undefined;
}
