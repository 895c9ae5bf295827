/**
 * The archive's pyramid: which zooms cover which part of the world, from which GSHHG resolution.
 * Coarse data everywhere at low zoom; finer data only where the explorer's views go, so the
 * archive stays a few megabytes. MapLibre overzooms the last band beyond zoom 10.
 */
import { MAX_LATITUDE, tileBounds, tileRange, type BBox } from './tile-grid.ts';

/** GSHHG resolutions: crude, low, intermediate, high, full. */
export type Resolution = 'c' | 'l' | 'i' | 'h' | 'f';

export const RESOLUTION_NAMES: Record<Resolution, string> = {
  c: 'crude',
  l: 'low',
  i: 'intermediate',
  h: 'high',
  f: 'full',
};

/** GSHHG's bin edge in degrees per resolution: `gmt coast -M` cuts every line at these edges. */
export const BIN_DEGREES: Record<Resolution, number> = { c: 20, l: 10, i: 5, h: 2, f: 1 };

export type BorderDetail = '50m' | '10m';

export interface ZoomBand {
  name: string;
  minZoom: number;
  maxZoom: number;
  /** Tiles are made for every tile touching this box. */
  box: BBox;
  resolution: Resolution;
  /** WDBII river classes drawn (1 major … 4 minor), none at the lowest zooms. */
  riverClasses: readonly number[];
  borders: BorderDetail;
  /** geojson-vt's simplification, in tile units: 8 is one pixel of a 512-pixel tile. */
  tolerance: number;
}

export const WORLD_BOX: BBox = [-180, -MAX_LATITUDE, 180, MAX_LATITUDE];
/** Iceland to Moscow, North Africa's coast to the North Cape. */
export const EUROPE_BOX: BBox = [-25, 34, 45, 72];
/** Jutland to Pskov, Masuria to Helsinki: every base, camp and Baltic capital with margin. */
export const BALTIC_BOX: BBox = [9, 53, 32, 61];

export const ZOOM_BANDS: readonly ZoomBand[] = [
  {
    name: 'world-crude',
    minZoom: 0,
    maxZoom: 2,
    box: WORLD_BOX,
    resolution: 'c',
    riverClasses: [],
    borders: '50m',
    tolerance: 12,
  },
  {
    name: 'world-low',
    minZoom: 3,
    maxZoom: 4,
    box: WORLD_BOX,
    resolution: 'l',
    riverClasses: [1],
    borders: '50m',
    tolerance: 12,
  },
  {
    name: 'world-intermediate',
    minZoom: 5,
    maxZoom: 5,
    box: WORLD_BOX,
    resolution: 'i',
    riverClasses: [1, 2],
    borders: '50m',
    tolerance: 12,
  },
  {
    name: 'europe',
    minZoom: 6,
    maxZoom: 7,
    box: EUROPE_BOX,
    resolution: 'h',
    riverClasses: [1, 2, 3],
    borders: '10m',
    tolerance: 12,
  },
  {
    name: 'baltic',
    minZoom: 8,
    maxZoom: 10,
    box: BALTIC_BOX,
    resolution: 'f',
    riverClasses: [1, 2, 3, 4],
    borders: '10m',
    tolerance: 8,
  },
];

/** Tile buffer as a fraction of a tile: geojson-vt's default 64 units of a 4096 extent. */
export const TILE_BUFFER = 64 / 4096;

/**
 * The area a band's tiles reach, buffer included: its data must cover all of it, or the sea
 * would stop short of a tile's edge.
 */
export function bandCoverage(band: ZoomBand): BBox {
  const range = tileRange(band.box, band.minZoom);
  const z = band.minZoom;
  const [west, , , north] = tileBounds({ z, x: range.x[0], y: range.y[0] }, TILE_BUFFER);
  const [, south, east] = tileBounds({ z, x: range.x[1], y: range.y[1] }, TILE_BUFFER);
  return [Math.max(west, -180), Math.max(south, -90), Math.min(east, 180), Math.min(north, 90)];
}

/**
 * The region asked of `gmt coast`: the coverage grown to whole GSHHG bins, so GMT hands back
 * whole bin pieces instead of clipping lines against an edge inside a bin.
 */
export function gshhgRegion(band: ZoomBand): BBox {
  const step = BIN_DEGREES[band.resolution];
  const [west, south, east, north] = bandCoverage(band);
  return [
    Math.max(-180, Math.floor(west / step) * step),
    Math.max(-90, Math.floor(south / step) * step),
    Math.min(180, Math.ceil(east / step) * step),
    Math.min(90, Math.ceil(north / step) * step),
  ];
}
