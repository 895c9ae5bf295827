/**
 * The vector-tile basemap: one PMTiles archive written by geo/tiles/build.ts (its manifest names
 * the file, its zooms and its sources), read by range through the `pmtiles://` protocol from the
 * app's own origin in MapLibre's worker (tile-protocol.ts), and kept for offline use by
 * tile-cache.ts.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */
import type { SourceSpecification } from 'maplibre-gl';
// Named imports, so the build keeps only these fields of the manifest.
import {
  archive,
  attribution,
  bytes,
  headerAndRootBytes,
  maxzoom,
  minzoom,
} from '../../public/tiles/manifest.json';

export const TILES_SOURCE = 'basemap';
export const TILES_PROTOCOL = 'pmtiles';

/** The credit the archive's sources ask for, shown in the map's attribution. */
export const TILES_ATTRIBUTION: string = attribution;

/** Bytes of the whole archive, for the offline download's label. */
export const ARCHIVE_BYTES: number = bytes;

/** The bytes of the archive's header and root directory: its first read stops there. */
export const HEADER_AND_ROOT_BYTES: number = headerAndRootBytes;

export function archiveUrl(base: string): string {
  return new URL(`tiles/${archive}`, base).href;
}

export function tilesSource(base: string): SourceSpecification {
  return {
    type: 'vector',
    // The zooms come from the manifest, so MapLibre asks for no TileJSON: one round trip less.
    tiles: [`${TILES_PROTOCOL}://${archiveUrl(base)}/{z}/{x}/{y}`],
    minzoom: minzoom,
    maxzoom: maxzoom,
  };
}
