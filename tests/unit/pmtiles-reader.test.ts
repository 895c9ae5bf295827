/**
 * The app's PMTiles reader (src/map/pmtiles-reader.ts) against npm `pmtiles`, the reference
 * reader, on the committed archive: the same tile ids, the same bytes for every tile of a band's
 * box at each zoom, and a named error for each way an archive can be damaged.
 */
import { PMTiles, zxyToTileId } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { BALTIC_BOX } from '../../geo/tiles/bands.ts';
import { tilesCovering } from '../../geo/tiles/tile-grid.ts';
import {
  ArchiveError,
  TileArchive,
  readDirectory,
  readHeader,
  tileId,
  type RangeSource,
} from '../../src/map/pmtiles-reader.ts';
import { archiveBytes, byteRange, fileSource, manifest } from './basemap-archive.ts';

/** A source over `bytes` that counts the ranges read. */
function memorySource(bytes: Uint8Array) {
  const reads: [offset: number, length: number][] = [];
  const source: RangeSource = {
    getBytes: async (offset, length) => {
      reads.push([offset, length]);
      return byteRange(bytes, offset, length);
    },
  };
  return { source, reads };
}

const reference = new PMTiles(fileSource);

describe('the PMTiles reader', () => {
  it('numbers tiles as the reference reader does', () => {
    for (let z = 0; z <= 12; z++) {
      const n = 2 ** z;
      for (const [x, y] of [
        [0, 0],
        [n - 1, 0],
        [0, n - 1],
        [n - 1, n - 1],
        [Math.floor(n / 3), Math.floor((2 * n) / 3)],
        [Math.floor((5 * n) / 7), Math.floor(n / 5)],
      ] as const) {
        expect(tileId(z, x, y), `${z}/${x}/${y}`).toBe(zxyToTileId(z, x, y));
      }
    }
  });

  it('reads every tile over the Baltic, zooms 0 to 10, as the reference reader does', async () => {
    const { source, reads } = memorySource(archiveBytes);
    const archive = new TileArchive(source, manifest.headerAndRootBytes);
    let found = 0;
    for (let z = 0; z <= 10; z += z < 8 ? 2 : 1) {
      for (const { x, y } of tilesCovering(BALTIC_BOX, z)) {
        const ours = await archive.tile(z, x, y);
        const theirs = await reference.getZxy(z, x, y);
        expect(ours === undefined, `${z}/${x}/${y}`).toBe(theirs === undefined);
        if (ours && theirs) {
          expect(Buffer.from(ours).equals(Buffer.from(theirs.data)), `${z}/${x}/${y}`).toBe(true);
          found++;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
    // The first read is the header and root directory, and nothing past them.
    expect(reads[0]).toEqual([0, manifest.headerAndRootBytes]);
  });

  it('has no tile beyond the zooms of the archive', async () => {
    const archive = new TileArchive(memorySource(archiveBytes).source, manifest.headerAndRootBytes);
    expect(await archive.tile(11, 1170, 648)).toBeUndefined();
  });

  it('names what is wrong with a damaged archive', async () => {
    const header = new Uint8Array(archiveBytes.subarray(0, manifest.headerAndRootBytes));
    const read = (bytes: Uint8Array) =>
      new TileArchive(memorySource(bytes).source, bytes.length).tile(4, 9, 5);

    await expect(read(new Uint8Array(16_384).fill(0x41))).rejects.toThrow(
      new ArchiveError('the archive is not PMTiles: it does not begin with "PMTiles"'),
    );
    await expect(read(header.subarray(0, 60))).rejects.toThrow(/header is cut short: 60 of 127/);
    const version4 = header.slice();
    version4[7] = 4;
    await expect(read(version4)).rejects.toThrow(/PMTiles version 4, not 3/);
    const brotli = header.slice();
    brotli[98] = 3;
    await expect(read(brotli)).rejects.toThrow(/tiles use compression 3, not gzip/);
    // The root directory's gzip cut in half.
    const cut = header.subarray(0, 127 + Math.floor((manifest.headerAndRootBytes - 127) / 2));
    const cutRoot = new TileArchive(
      { getBytes: async (offset, length) => byteRange(cut, offset, Math.min(length, cut.length)) },
      manifest.headerAndRootBytes,
    );
    await expect(cutRoot.tile(4, 9, 5)).rejects.toThrow(/root directory is not valid gzip/);
  });

  it('refuses a directory that ends mid-entry', () => {
    // Two entries announced, one tile id step given.
    expect(() => readDirectory(Uint8Array.from([2, 5]))).toThrow(/ends in the middle of an entry/);
    expect(() => readHeader(new ArrayBuffer(10))).toThrow(ArchiveError);
  });

  it('reads again after a read that failed', async () => {
    let failing = true;
    const archive = new TileArchive(
      {
        getBytes: async (offset, length) => {
          if (failing) throw new Error('offline');
          return byteRange(archiveBytes, offset, length);
        },
      },
      manifest.headerAndRootBytes,
    );
    await expect(archive.tile(4, 9, 5)).rejects.toThrow('offline');
    failing = false;
    expect((await archive.tile(4, 9, 5))?.byteLength).toBeGreaterThan(0);
  });
});
