/**
 * Fetching the fact base and the documents' texts. The fact base's checks and indexes
 * (src/data/atlas.ts, in the readers chunk) are fetched beside the file: a phone's first view,
 * which shows no facts, loads neither.
 */
import { backgroundTurn } from '../schedule.ts';
import type { Atlas } from './atlas.ts';
import { readersChunk } from './readers-chunk.ts';

/** Why the fact base is unusable: the page words it in its language from `kind` and `detail`. */
export type AtlasProblem = 'unreachable' | 'status' | 'not-json' | 'damaged';

export class AtlasLoadError extends Error {
  override name = 'AtlasLoadError';
  constructor(
    readonly kind: AtlasProblem,
    /** What failed, as the browser or the checks said it: the file, the status, the field. */
    readonly detail: string,
    message: string,
    /** The HTTP status a server answered, for `status`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * Fetches and validates the fact base. A record that fails its checks is left out (and listed in
 * `dropped`) while the rest is shown; only a file that is unusable as a whole is an error, whose
 * message names what failed, for the page to show.
 */
export async function loadAtlas(base: string, signal?: AbortSignal): Promise<Atlas> {
  const url = new URL('generated/factbase.json', base);
  const reader = readersChunk();
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throw new AtlasLoadError(
      'unreachable',
      String(error),
      `The fact base could not be fetched (${String(error)}).`,
    );
  }
  if (!response.ok) {
    throw new AtlasLoadError(
      'status',
      url.pathname,
      `The fact base could not be fetched: ${url.pathname} answered ${response.status}.`,
      response.status,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new AtlasLoadError(
      'unreachable',
      String(error),
      `The fact base could not be fetched (${String(error)}).`,
    );
  }
  // Reading, validating and indexing it, then drawing the panels, is the longest piece of work
  // the page does before the map: at background priority it comes first while MapLibre is still
  // on its way (a slow connection) and after the map has started once MapLibre is here.
  await backgroundTurn();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AtlasLoadError(
      'not-json',
      url.pathname,
      `The fact base ${url.pathname} is not valid JSON.`,
    );
  }
  let readAtlas: (json: unknown) => Atlas;
  try {
    ({ readAtlas } = await reader);
  } catch (error) {
    throw new AtlasLoadError(
      'unreachable',
      String(error),
      `The fact base's reader could not be fetched (${String(error)}).`,
    );
  }
  // Parsing, checking and then drawing the panels are three turns, not one long task: a tap
  // that comes meanwhile is answered between them.
  await backgroundTurn();
  let atlas: Atlas;
  try {
    atlas = readAtlas(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AtlasLoadError('damaged', detail, `The fact base is damaged: ${detail}`);
  }
  performance.mark('atlas-ready');
  await backgroundTurn();
  return atlas;
}

/** A document whose text the server did not give: its id and the HTTP status. */
export class DocumentFetchError extends Error {
  override name = 'DocumentFetchError';
  constructor(
    readonly doc: string,
    readonly status: number,
  ) {
    super(`The document ${doc} could not be fetched (${status}).`);
  }
}

/** A document's full text, fetched when a reader opens it (not with the first load). */
const textCache = new Map<string, Promise<string>>();
export function loadDocumentText(base: string, id: string): Promise<string> {
  let pending = textCache.get(id);
  if (!pending) {
    const url = new URL(`generated/docs/${encodeURIComponent(id)}.txt`, base);
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new DocumentFetchError(id, r.status);
      return r.text();
    });
    pending.catch(() => textCache.delete(id));
    textCache.set(id, pending);
  }
  return pending;
}
