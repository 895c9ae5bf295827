/**
 * The vector-tile basemap: one PMTiles archive written by geo/tiles/build.ts (its manifest names
 * the file, its zooms and its sources), read by range through the `pmtiles://` protocol from the
 * app's own origin (pmtiles-reader.ts), and kept for offline use by tile-cache.ts.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */
import type { AddProtocolAction, SourceSpecification } from 'maplibre-gl';
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
export async function tileProtocol(base: string): Promise<AddProtocolAction> {
  const [{ TileArchive }, { CachedRangeSource, forgetOtherArchives }] = await Promise.all([
    import('./pmtiles-reader.ts'),
    import('./tile-cache.ts'),
  ]);
  const url = archiveUrl(base);
  // The manifest's headerAndRootBytes: the first read stops where the root directory ends.
  const archive = new TileArchive(new CachedRangeSource(url), headerAndRootBytes);
  // Read while MapLibre starts, so its first tiles need no round trip for the directory.
  archive.open();
  void forgetOtherArchives(url);
  return async (request, abort) => {
    const address = /\/(\d+)\/(\d+)\/(\d+)$/.exec(request.url);
    if (!address) throw new Error(`${request.url} is not a tile's address`);
    const [z, x, y] = address.slice(1).map(Number) as [number, number, number];
    // A tile the archive lacks (beyond a band's box) is an empty one, as in MapLibre's own.
    return { data: (await archive.tile(z, x, y, abort.signal)) ?? new ArrayBuffer(0) };
  };
}
