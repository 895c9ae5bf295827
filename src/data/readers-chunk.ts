/**
 * The readers' chunk (src/data/readers.ts), asked for beside a file it will read: the two come
 * in parallel. Awaited once the file is here; a fetch that fails first leaves the chunk's own
 * failure handled rather than unheard.
 */
export function readersChunk(): Promise<typeof import('./readers.ts')> {
  const chunk = import('./readers.ts');
  chunk.catch(() => undefined);
  return chunk;
}
