/**
 * The committed basemap archive (public/tiles, made by geo/tiles/build.ts) and its manifest, read
 * once for the unit tests that check it, with byte ranges of it as npm `pmtiles` asks for them.
 */
import { readFileSync } from 'node:fs';
import type { Source } from 'pmtiles';

const TILES = new URL('../../public/tiles/', import.meta.url);

export const manifest = JSON.parse(readFileSync(new URL('manifest.json', TILES), 'utf8')) as {
  archive: string;
  sha256: string;
  bytes: number;
  headerAndRootBytes: number;
};

export const archiveBytes = readFileSync(new URL(manifest.archive, TILES));

/** `length` bytes of `bytes` from `offset`, as an ArrayBuffer of their own. */
export function byteRange(bytes: Uint8Array, offset: number, length: number): ArrayBuffer {
  return bytes.buffer.slice(
    bytes.byteOffset + offset,
    bytes.byteOffset + offset + length,
  ) as ArrayBuffer;
}

/** The archive as a pmtiles Source: byte ranges of the file in memory. */
export const fileSource: Source = {
  getKey: () => manifest.archive,
  getBytes: async (offset, length) => ({ data: byteRange(archiveBytes, offset, length) }),
};
