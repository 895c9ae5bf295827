/**
 * Why a basemap file could not be read. The files are read in MapLibre's worker
 * (maplibre-worker.ts), which has no interface language and hands errors back to the page as
 * plain `Error`s (a structured clone keeps only the message): so a failure is said in English,
 * in the English catalogue's words (data/messages/en/map.json), and the page says it again in the
 * reader's language with `wordReadFailure`. Anything else (a damaged archive's bytes, a file
 * that is not the basemap's topology) stays in English, as the console has it.
 */

export type ReadFailure =
  | { key: 'map.fileAnswered'; url: string; status: number }
  | { key: 'map.fileNotJson'; url: string }
  | { key: 'map.archiveAnswered'; status: number }
  | { key: 'map.noOfflineStorage' };

/** Each failure's English sentence, and the pattern that reads it back. */
const FORMS = {
  'map.fileAnswered': {
    say: (f: { url: string; status: number }) => `${f.url} answered ${f.status}`,
    read: /^(?<url>\S+) answered (?<status>\d{3})$/,
  },
  'map.fileNotJson': {
    say: (f: { url: string }) => `${f.url} is not JSON`,
    read: /^(?<url>\S+) is not JSON$/,
  },
  'map.archiveAnswered': {
    say: (f: { status: number }) => `the basemap archive answered ${f.status}`,
    read: /^the basemap archive answered (?<status>\d{3})$/,
  },
  'map.noOfflineStorage': {
    say: () => 'this browser keeps no files for offline use here',
    read: /^this browser keeps no files for offline use here$/,
  },
} as const;

export class ReadFailureError extends Error {
  override name = 'ReadFailureError';
  constructor(failure: ReadFailure) {
    super((FORMS[failure.key].say as (f: ReadFailure) => string)(failure));
  }
}

/** The failure an error message states, if it is one of ours. */
export function parseReadFailure(message: string): ReadFailure | null {
  for (const [key, form] of Object.entries(FORMS) as [ReadFailure['key'], { read: RegExp }][]) {
    const match = form.read.exec(message);
    if (!match) continue;
    const status = Number(match.groups?.status);
    const url = match.groups?.url ?? '';
    switch (key) {
      case 'map.fileAnswered':
        return { key, url, status };
      case 'map.fileNotJson':
        return { key, url };
      case 'map.archiveAnswered':
        return { key, status };
      case 'map.noOfflineStorage':
        return { key };
    }
  }
  return null;
}

/**
 * An error's message in the reader's language where it is one of ours, given the page's
 * translation function; otherwise as it came.
 */
export function wordReadFailure(
  message: string,
  translate: (key: ReadFailure['key'], params: Record<string, string>) => string,
): string {
  const failure = parseReadFailure(message);
  if (failure === null) return message;
  const { key, ...params } = failure;
  return translate(
    key,
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])),
  );
}
