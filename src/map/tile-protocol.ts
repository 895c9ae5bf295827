/**
 * The `pmtiles://` protocol, registered in MapLibre's worker (maplibre-worker.ts): it reads a
 * tile out of the archive its URL names (`pmtiles://<archive URL>/{z}/{x}/{y}`) where MapLibre
 * parses it, so a tile's bytes never cross to the page's main thread and back.
 */
import type { AddProtocolAction } from 'maplibre-gl';
import { TileArchive } from './pmtiles-reader.ts';
import { CachedRangeSource, forgetOtherArchives } from './tile-cache.ts';
import { HEADER_AND_ROOT_BYTES, TILES_PROTOCOL } from './tiles.ts';

const archives = new Map<string, TileArchive>();

/** `pmtiles://<archive URL>/{z}/{x}/{y}`, as tiles.ts writes it. */
const TILE_ADDRESS = new RegExp(`^${TILES_PROTOCOL}://(.+)/(\\d+)/(\\d+)/(\\d+)$`);

/** The archive at `url`, opened once; opening reads its header and root directory. */
export function openArchive(url: string): TileArchive {
  let archive = archives.get(url);
  if (!archive) {
    // The manifest's headerAndRootBytes: the first read stops where the root directory ends.
    archive = new TileArchive(new CachedRangeSource(url), HEADER_AND_ROOT_BYTES);
    archive.open();
    archives.set(url, archive);
    void forgetOtherArchives(url);
  }
  return archive;
}

export const tileProtocol: AddProtocolAction = async (request, abort) => {
  const address = TILE_ADDRESS.exec(request.url);
  if (!address) throw new Error(`${request.url} is not a tile's address`);
  const [url = '', z, x, y] = address.slice(1);
  const tile = await openArchive(url).tile(Number(z), Number(x), Number(y), abort.signal);
  // A tile the archive lacks (beyond a band's box) is an empty one, as in MapLibre's own.
  return { data: tile ?? new ArrayBuffer(0) };
};
