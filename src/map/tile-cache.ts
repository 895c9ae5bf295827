/**
 * The basemap archive's bytes, read by range and kept in the browser's Cache Storage: every
 * range the map reads is kept as it arrives (so the views seen work offline), and the whole
 * archive is kept when the user saves the map for offline use (then every range is sliced from
 * it). An archive has its content hash in its name, so a new one never reads an old one's bytes,
 * and `forgetOtherArchives` drops what an older archive left behind. Used in MapLibre's worker,
 * which reads the tiles, and in the page, which saves the whole archive: Cache Storage is the
 * origin's, shared by both.
 */
import type { RangeSource } from './pmtiles-reader.ts';
import { ReadFailureError } from './read-failure.ts';

const CACHE = 'basemap-tiles';

/**
 * Cache Storage, where the page may use it (a secure origin); otherwise the network alone.
 * Opened once: every tile asks for it.
 */
let opened: Promise<Cache | null> | undefined;
function openCache(): Promise<Cache | null> {
  opened ??= (async () => {
    try {
      return typeof caches === 'undefined' ? null : await caches.open(CACHE);
    } catch {
      return null;
    }
  })();
  return opened;
}

const rangeKey = (url: string, offset: number, length: number) =>
  `${url}?bytes=${offset}-${offset + length - 1}`;

export class CachedRangeSource implements RangeSource {
  readonly #url: string;

  constructor(url: string) {
    this.#url = url;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<ArrayBuffer> {
    const cache = await openCache();
    const key = rangeKey(this.#url, offset, length);
    const kept = (await cache?.match(key)) ?? undefined;
    if (kept) return kept.arrayBuffer();
    const whole = (await cache?.match(this.#url)) ?? undefined;
    if (whole) return (await whole.arrayBuffer()).slice(offset, offset + length);

    const response = await fetch(this.#url, {
      headers: { Range: `bytes=${offset}-${offset + length - 1}` },
      ...(signal ? { signal } : {}),
    });
    if (response.status !== 206 && response.status !== 200) {
      throw new ReadFailureError({ key: 'map.archiveAnswered', status: response.status });
    }
    const body = await response.arrayBuffer();
    // A server that ignores Range sends the whole file: keep the part asked for.
    const data = response.status === 200 ? body.slice(offset, offset + length) : body;
    void cache?.put(key, new Response(data.slice(0))).catch(() => {});
    return data;
  }
}

/** Whether the whole archive is kept for offline use. */
export async function isSavedOffline(url: string): Promise<boolean> {
  return (await (await openCache())?.match(url)) !== undefined;
}

/**
 * Downloads the whole archive into the cache, reporting progress as a share of its bytes; the
 * ranges kept so far are dropped once it is there, since every range is sliced from it.
 */
export async function saveOffline(
  url: string,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const cache = await openCache();
  if (!cache) throw new ReadFailureError({ key: 'map.noOfflineStorage' });
  // Past the HTTP cache: it holds ranges of this file already, and a whole-file request stitched
  // from them and the network can fail midway.
  const response = await fetch(url, { cache: 'no-store', ...(signal ? { signal } : {}) });
  if (!response.ok || !response.body) {
    throw new ReadFailureError({ key: 'map.archiveAnswered', status: response.status });
  }
  const total = Number(response.headers.get('content-length') ?? 0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    if (total > 0) onProgress(Math.min(received / total, 1));
  }
  await cache.put(url, new Response(new Blob(chunks as BlobPart[])));
  for (const request of await cache.keys()) {
    if (request.url.startsWith(`${url}?bytes=`)) await cache.delete(request);
  }
  onProgress(1);
}

/** Drops every cached byte of archives other than the current one. */
export async function forgetOtherArchives(url: string): Promise<void> {
  const cache = await openCache();
  if (!cache) return;
  for (const request of await cache.keys()) {
    if (!request.url.startsWith(url)) await cache.delete(request);
  }
}
