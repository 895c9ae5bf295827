/**
 * Writes a PMTiles v3 archive (npm `pmtiles` only reads them): 127-byte header, root directory,
 * JSON metadata, leaf directories (see DirectoryLayout), then the tile data ordered by
 * Hilbert tile id (clustered). Directories, metadata and tiles are gzip-compressed; identical
 * tiles are stored once, and runs of them share one directory entry.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';
import type { BBox, TileCoord } from './tile-grid.ts';

export interface ArchiveTile extends TileCoord {
  /** The uncompressed Mapbox Vector Tile. */
  mvt: Uint8Array;
}

export interface ArchiveDescription {
  minZoom: number;
  maxZoom: number;
  bounds: BBox;
  center: { lon: number; lat: number; zoom: number };
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The spec lets clients fetch header and root directory in one 16 KiB request. */
const HEADER_AND_ROOT_LIMIT = 16_384;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

/** Gzip with fixed settings; the header's OS byte is set so the bytes don't depend on the platform. */
export function gzip(data: Uint8Array): Uint8Array {
  const compressed = gzipSync(data, { level: 9, memLevel: 9 });
  compressed[9] = 3; // Unix
  return compressed;
}

class ByteWriter {
  private readonly bytes: number[] = [];

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Count, then columns of delta tile ids, run lengths, lengths and (zeroed when contiguous) offsets. */
function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out = new ByteWriter();
  out.varint(entries.length);
  let previousId = 0;
  for (const entry of entries) {
    out.varint(entry.tileId - previousId);
    previousId = entry.tileId;
  }
  for (const entry of entries) out.varint(entry.runLength);
  for (const entry of entries) out.varint(entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    const contiguous = previous && entry.offset === previous.offset + previous.length;
    out.varint(contiguous ? 0 : entry.offset + 1);
  });
  return gzip(out.finish());
}

/**
 * How the directory is split: the root lists the tiles of the low zooms itself, so a view there
 * reads its tiles' entries with the header; the deeper zooms, most of the entries, are in leaf
 * directories of a few hundred tiles each, of which a view reads one or two.
 */
export interface DirectoryLayout {
  /** The deepest zoom whose tiles the root lists. */
  rootMaxZoom: number;
  /** Tiles per leaf directory below that zoom. */
  leafEntries: number;
}

/** The id of a zoom's first tile: ids count every tile of the zooms above it first. */
const firstTileId = (zoom: number) => (4 ** zoom - 1) / 3;

/** Entries cut where a run of one tile crosses `tileId`, so each part lies on one side. */
function splitAt(entries: readonly Entry[], tileId: number): [Entry[], Entry[]] {
  const before: Entry[] = [];
  const after: Entry[] = [];
  for (const entry of entries) {
    const end = entry.tileId + entry.runLength;
    if (end <= tileId) before.push(entry);
    else if (entry.tileId >= tileId) after.push(entry);
    else {
      before.push({ ...entry, runLength: tileId - entry.tileId });
      after.push({ ...entry, tileId, runLength: end - tileId });
    }
  }
  return [before, after];
}

function directories(
  entries: readonly Entry[],
  layout: DirectoryLayout,
): { root: Uint8Array; leaves: Uint8Array } {
  const [rootTiles, deeper] = splitAt(entries, firstTileId(layout.rootMaxZoom + 1));
  const pointers: Entry[] = [];
  const leafParts: Uint8Array[] = [];
  let offset = 0;
  for (let start = 0; start < deeper.length; start += layout.leafEntries) {
    const leaf = serializeDirectory(deeper.slice(start, start + layout.leafEntries));
    // A run length of 0 marks an entry that points at a leaf directory.
    pointers.push({ tileId: deeper[start]!.tileId, offset, length: leaf.length, runLength: 0 });
    leafParts.push(leaf);
    offset += leaf.length;
  }
  const root = serializeDirectory([...rootTiles, ...pointers]);
  if (HEADER_BYTES + root.length > HEADER_AND_ROOT_LIMIT) {
    throw new Error(
      `the root directory takes ${root.length} bytes, over the ${HEADER_AND_ROOT_LIMIT - HEADER_BYTES} ` +
        `a reader's first request holds: list fewer zooms in it (rootMaxZoom ${layout.rootMaxZoom})`,
    );
  }
  return { root, leaves: concat(leafParts) };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const degrees = (value: number) => Math.round(value * 10_000_000);

function header(fields: {
  rootLength: number;
  metadataLength: number;
  leavesLength: number;
  dataLength: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  description: ArchiveDescription;
}): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + fields.rootLength;
  const leavesOffset = metadataOffset + fields.metadataLength;
  const dataOffset = leavesOffset + fields.leavesLength;
  const u64: [number, number][] = [
    [8, rootOffset],
    [16, fields.rootLength],
    [24, metadataOffset],
    [32, fields.metadataLength],
    [40, leavesOffset],
    [48, fields.leavesLength],
    [56, dataOffset],
    [64, fields.dataLength],
    [72, fields.addressedTiles],
    [80, fields.tileEntries],
    [88, fields.tileContents],
  ];
  for (const [at, value] of u64) view.setBigUint64(at, BigInt(value), true);
  const { minZoom, maxZoom, bounds, center } = fields.description;
  view.setUint8(96, 1); // clustered
  view.setUint8(97, COMPRESSION_GZIP); // directories and metadata
  view.setUint8(98, COMPRESSION_GZIP); // tiles
  view.setUint8(99, TILE_TYPE_MVT);
  view.setUint8(100, minZoom);
  view.setUint8(101, maxZoom);
  bounds.forEach((value, i) => view.setInt32(102 + 4 * i, degrees(value), true));
  view.setUint8(118, center.zoom);
  view.setInt32(119, degrees(center.lon), true);
  view.setInt32(123, degrees(center.lat), true);
  return bytes;
}

export interface WrittenArchive {
  bytes: Uint8Array;
  /** Bytes from the start to the root directory's end: all a reader's first request needs. */
  headerAndRootBytes: number;
  /** Per zoom: tiles addressed and the compressed bytes they take (shared tiles counted each time). */
  zooms: Record<number, { tiles: number; bytes: number }>;
}

export function writePmtiles(
  tiles: readonly ArchiveTile[],
  description: ArchiveDescription,
  layout: DirectoryLayout,
): WrittenArchive {
  const ordered = tiles
    .map((tile) => ({ tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const stored = new Map<string, { offset: number; length: number }>();
  const blobs: Uint8Array[] = [];
  const entries: Entry[] = [];
  const zooms: WrittenArchive['zooms'] = {};
  let dataLength = 0;
  for (const { tile, tileId } of ordered) {
    const hash = createHash('sha256').update(tile.mvt).digest('hex');
    let blob = stored.get(hash);
    if (!blob) {
      const compressed = gzip(tile.mvt);
      blob = { offset: dataLength, length: compressed.length };
      stored.set(hash, blob);
      blobs.push(compressed);
      dataLength += compressed.length;
    }
    const zoom = (zooms[tile.z] ??= { tiles: 0, bytes: 0 });
    zoom.tiles++;
    zoom.bytes += blob.length;
    const last = entries.at(-1);
    if (last && last.offset === blob.offset && last.tileId + last.runLength === tileId) {
      last.runLength++;
    } else {
      entries.push({ tileId, offset: blob.offset, length: blob.length, runLength: 1 });
    }
  }
  const { root, leaves } = directories(entries, layout);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(description.metadata)));
  const head = header({
    rootLength: root.length,
    metadataLength: metadata.length,
    leavesLength: leaves.length,
    dataLength,
    addressedTiles: ordered.length,
    tileEntries: entries.length,
    tileContents: blobs.length,
    description,
  });
  return {
    bytes: concat([head, root, metadata, leaves, ...blobs]),
    headerAndRootBytes: head.length + root.length,
    zooms,
  };
}
