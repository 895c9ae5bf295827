/** Web Mercator tile arithmetic (the XYZ scheme MapLibre and PMTiles address tiles by). */

export type BBox = [west: number, south: number, east: number, north: number];

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** Where Web Mercator's square world ends: tiles cover latitudes up to ±85.0511°. */
export const MAX_LATITUDE = (Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI;

/** Fractional tile column of a longitude at zoom z. */
export function tileX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

/** Fractional tile row of a latitude at zoom z (row 0 at the north edge). */
export function tileY(lat: number, z: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const radians = (clamped * Math.PI) / 180;
  return ((1 - Math.asinh(Math.tan(radians)) / Math.PI) / 2) * 2 ** z;
}

export function longitudeOf(tileColumn: number, z: number): number {
  return (tileColumn / 2 ** z) * 360 - 180;
}

export function latitudeOf(tileRow: number, z: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * tileRow) / 2 ** z))) * 180) / Math.PI;
}

/** The tile's extent in degrees, grown by `margin` (a fraction of the tile's width) on each side. */
export function tileBounds({ z, x, y }: TileCoord, margin = 0): BBox {
  return [
    longitudeOf(x - margin, z),
    latitudeOf(y + 1 + margin, z),
    longitudeOf(x + 1 + margin, z),
    latitudeOf(y - margin, z),
  ];
}

/** The column and row ranges of the tiles at zoom z that a box touches. */
export function tileRange(box: BBox, z: number): { x: [number, number]; y: [number, number] } {
  const last = 2 ** z - 1;
  const clamp = (value: number) => Math.max(0, Math.min(last, Math.floor(value)));
  const [west, south, east, north] = box;
  // A box edge on a tile edge does not reach into the next tile.
  const epsilon = 1e-9;
  return {
    x: [clamp(tileX(west, z)), clamp(tileX(east, z) - epsilon)],
    y: [clamp(tileY(north, z)), clamp(tileY(south, z) - epsilon)],
  };
}

/** Every tile at zoom z that a box touches, row by row. */
export function tilesCovering(box: BBox, z: number): TileCoord[] {
  const range = tileRange(box, z);
  const tiles: TileCoord[] = [];
  for (let y = range.y[0]; y <= range.y[1]; y++) {
    for (let x = range.x[0]; x <= range.x[1]; x++) tiles.push({ z, x, y });
  }
  return tiles;
}

/** The tile at zoom z holding a point. */
export function tileAt(lon: number, lat: number, z: number): TileCoord {
  const last = 2 ** z - 1;
  return {
    z,
    x: Math.min(last, Math.floor(tileX(lon, z))),
    y: Math.min(last, Math.floor(tileY(lat, z))),
  };
}
