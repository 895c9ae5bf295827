/**
 * Reads tiles out of a PMTiles v3 archive, the basemap that geo/tiles/pmtiles-writer.ts writes:
 * its header, root and leaf directories and tiles, each read by range from a `RangeSource`
 * (tile-cache.ts, which keeps what it reads) and decompressed by the browser's own
 * DecompressionStream. Only what such an archive holds is read: vector tiles, gzip or none.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */

export interface RangeSource {
  getBytes(offset: number, length: number, signal?: AbortSignal): Promise<ArrayBuffer>;
}

/** What is wrong with the archive's bytes, in English for the console. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

const HEADER_BYTES = 127;
const MAGIC = 'PMTiles';
const COMPRESSION_UNKNOWN = 0;
const COMPRESSION_NONE = 1;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;
/** The root and at most three levels of leaves below it, as the spec allows. */
const MAX_DEPTH = 4;

export interface ArchiveHeader {
  rootOffset: number;
  rootLength: number;
  leavesOffset: number;
  dataOffset: number;
  internalCompression: number;
  tileCompression: number;
  minZoom: number;
  maxZoom: number;
}

export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  /** How many tiles in a row share these bytes; 0 for an entry that points at a leaf directory. */
  runLength: number;
}

/** A little-endian 64-bit integer, exact up to 2^53 (an archive is far below that). */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
}

function compressionKnown(value: number): boolean {
  return value === COMPRESSION_UNKNOWN || value === COMPRESSION_NONE || value === COMPRESSION_GZIP;
}

export function readHeader(bytes: ArrayBuffer): ArchiveHeader {
  if (bytes.byteLength < HEADER_BYTES) {
    throw new ArchiveError(
      `the archive's header is cut short: ${bytes.byteLength} of ${HEADER_BYTES} bytes`,
    );
  }
  if (new TextDecoder().decode(new Uint8Array(bytes, 0, MAGIC.length)) !== MAGIC) {
    throw new ArchiveError('the archive is not PMTiles: it does not begin with "PMTiles"');
  }
  const view = new DataView(bytes);
  const version = view.getUint8(7);
  if (version !== 3) throw new ArchiveError(`the archive is PMTiles version ${version}, not 3`);
  const header: ArchiveHeader = {
    rootOffset: uint64(view, 8),
    rootLength: uint64(view, 16),
    leavesOffset: uint64(view, 40),
    dataOffset: uint64(view, 56),
    internalCompression: view.getUint8(97),
    tileCompression: view.getUint8(98),
    minZoom: view.getUint8(100),
    maxZoom: view.getUint8(101),
  };
  const tileType = view.getUint8(99);
  if (tileType !== TILE_TYPE_MVT)
    throw new ArchiveError(`the archive's tiles are of type ${tileType}, not vector`);
  for (const [what, value] of [
    ['directories', header.internalCompression],
    ['tiles', header.tileCompression],
  ] as const) {
    if (!compressionKnown(value))
      throw new ArchiveError(`the archive's ${what} use compression ${value}, not gzip`);
  }
  return header;
}

/** A directory's entries: a count, then columns of tile id steps, run lengths, lengths, offsets. */
export function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  let at = 0;
  const varint = (): number => {
    let value = 0;
    // Multiplied, not shifted: bit operations would cut values to 32 bits.
    for (let scale = 1; scale < 2 ** 63; scale *= 128) {
      if (at >= bytes.length)
        throw new ArchiveError("the archive's directory ends in the middle of an entry");
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
    throw new ArchiveError("the archive's directory holds a number longer than 64 bits");
  };
  const count = varint();
  const entries: DirectoryEntry[] = [];
  let tileId = 0;
  for (let i = 0; i < count; i++) {
    tileId += varint();
    entries.push({ tileId, offset: 0, length: 0, runLength: 1 });
  }
  for (const entry of entries) entry.runLength = varint();
  for (const entry of entries) entry.length = varint();
  entries.forEach((entry, i) => {
    const value = varint();
    const previous = entries[i - 1];
    // 0 after the first entry: these bytes follow the previous entry's.
    entry.offset = value === 0 && previous ? previous.offset + previous.length : value - 1;
  });
  if (entries.length === 0) throw new ArchiveError('the archive has an empty directory');
  return entries;
}

/** The entry holding `tileId`: its own, a run that covers it, or the leaf directory it is in. */
export function findEntry(
  entries: readonly DirectoryEntry[],
  tileId: number,
): DirectoryEntry | undefined {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const step = tileId - entries[middle]!.tileId;
    if (step > 0) low = middle + 1;
    else if (step < 0) high = middle - 1;
    else return entries[middle];
  }
  const before = entries[high];
  if (before && (before.runLength === 0 || tileId - before.tileId < before.runLength))
    return before;
  return undefined;
}

/** The tile's id: all tiles of lower zooms first, then its place on the zoom's Hilbert curve. */
export function tileId(z: number, x: number, y: number): number {
  let id = (4 ** z - 1) / 3;
  let [rx, ry] = [x, y];
  for (let size = 2 ** (z - 1); size >= 1; size /= 2) {
    const right = (rx & size) > 0 ? 1 : 0;
    const up = (ry & size) > 0 ? 1 : 0;
    id += size * size * ((3 * right) ^ up);
    // Turn the quadrant so the curve's next level runs on from where this one ended.
    if (up === 0) {
      if (right === 1) [rx, ry] = [size - 1 - rx, size - 1 - ry];
      [rx, ry] = [ry, rx];
    }
  }
  return id;
}

async function decompress(bytes: ArrayBuffer, compression: number, what: string) {
  if (compression !== COMPRESSION_GZIP) return bytes;
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return await new Response(stream).arrayBuffer();
  } catch {
    throw new ArchiveError(`${what} is not valid gzip`);
  }
}

export class TileArchive {
  readonly #source: RangeSource;
  readonly #firstRead: number;
  #start: Promise<{ header: ArchiveHeader; root: DirectoryEntry[] }> | undefined;
  /** Leaf directories by offset, read once each; a read that failed is tried again. */
  readonly #leaves = new Map<number, Promise<DirectoryEntry[]>>();

  /** `firstRead`: the bytes of header and root directory (the manifest's headerAndRootBytes). */
  constructor(source: RangeSource, firstRead = 16_384) {
    this.#source = source;
    this.#firstRead = firstRead;
  }

  #headerAndRoot() {
    this.#start ??= (async () => {
      const first = await this.#source.getBytes(0, this.#firstRead);
      const header = readHeader(first);
      const { rootOffset, rootLength } = header;
      const rootBytes =
        rootOffset + rootLength <= first.byteLength
          ? first.slice(rootOffset, rootOffset + rootLength)
          : await this.#source.getBytes(rootOffset, rootLength);
      const root = await decompress(rootBytes, header.internalCompression, 'the root directory');
      return { header, root: readDirectory(new Uint8Array(root)) };
    })();
    this.#start.catch(() => (this.#start = undefined));
    return this.#start;
  }

  #leaf(header: ArchiveHeader, entry: DirectoryEntry): Promise<DirectoryEntry[]> {
    let leaf = this.#leaves.get(entry.offset);
    if (!leaf) {
      // Not aborted with the tile that asked: the other tiles of its block wait for it too.
      leaf = this.#source
        .getBytes(header.leavesOffset + entry.offset, entry.length)
        .then((bytes) => decompress(bytes, header.internalCompression, 'a leaf directory'))
        .then((bytes) => readDirectory(new Uint8Array(bytes)));
      leaf.catch(() => this.#leaves.delete(entry.offset));
      this.#leaves.set(entry.offset, leaf);
    }
    return leaf;
  }

  /** Starts reading the header and root directory, before the first tile is asked for. */
  open(): void {
    this.#headerAndRoot().catch(() => {});
  }

  /** The tile's uncompressed bytes; undefined where the archive has no tile. */
  async tile(
    z: number,
    x: number,
    y: number,
    signal?: AbortSignal,
  ): Promise<ArrayBuffer | undefined> {
    const { header, root } = await this.#headerAndRoot();
    if (z < header.minZoom || z > header.maxZoom) return undefined;
    const id = tileId(z, x, y);
    let entries = root;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const entry = findEntry(entries, id);
      if (!entry) return undefined;
      if (entry.runLength > 0) {
        const bytes = await this.#source.getBytes(
          header.dataOffset + entry.offset,
          entry.length,
          signal,
        );
        return decompress(bytes, header.tileCompression, `tile ${z}/${x}/${y}`);
      }
      entries = await this.#leaf(header, entry);
    }
    throw new ArchiveError(`the archive's directories nest deeper than ${MAX_DEPTH} levels`);
  }
}
