/**
 * The vector-tile basemap: one PMTiles archive written by geo/tiles/build.ts (its manifest names
 * the file, its zooms and its sources), read by range through the `pmtiles://` protocol from the
 * app's own origin, and kept for offline use by tile-cache.ts.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */
import type { SourceSpecification } from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
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

/** The credit the archive's sources ask for, shown in the map's attribution. */
export const TILES_ATTRIBUTION: string = attribution;

/** Bytes of the whole archive, for the offline download's label. */
export const ARCHIVE_BYTES: number = bytes;

export function archiveUrl(base: string): string {
  return new URL(`tiles/${archive}`, base).href;
}

export function tilesSource(base: string): SourceSpecification {
  return {
    type: 'vector',
    // The zooms come from the manifest, so MapLibre asks for no TileJSON: one round trip less.
    tiles: [`pmtiles://${archiveUrl(base)}/{z}/{x}/{y}`],
    minzoom: minzoom,
    maxzoom: maxzoom,
  };
}

/**
 * The `pmtiles://` protocol handler that reads tiles out of the archive, for `addProtocol`.
 * Fetched beside MapLibre, not after it.
 */
export async function tileProtocol(base: string): Promise<Protocol['tile']> {
  const [{ PMTiles, Protocol }, { CachedRangeSource, forgetOtherArchives }] = await Promise.all([
    import('pmtiles'),
    import('./tile-cache.ts'),
  ]);
  const url = archiveUrl(base);
  const protocol = new Protocol();
  protocol.add(new PMTiles(new CachedRangeSource(url, headerAndRootBytes)));
  void forgetOtherArchives(url);
  return protocol.tile;
}
