/**
 * A basemap file that fails in MapLibre's worker is said in English there and worded again in the
 * reader's language on the page (src/map/read-failure.ts): the English must be the catalogue's,
 * and every failure must be read back as what it was.
 */
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../data/messages/catalog.ts';
import {
  ReadFailureError,
  parseReadFailure,
  wordReadFailure,
  type ReadFailure,
} from '../../src/map/read-failure.ts';

const english = readCatalog('en');
const catalogue = (key: string, params: Record<string, string>) =>
  (english[key] ?? `missing ${key}`).replace(
    /\{(\w+)\}/g,
    (_, name: string) => params[name] ?? `{${name}}`,
  );

const FAILURES: ReadFailure[] = [
  {
    key: 'map.fileAnswered',
    url: 'http://127.0.0.1:4173/generated/basemap/countries.topojson',
    status: 404,
  },
  { key: 'map.fileNotJson', url: 'http://127.0.0.1:4173/generated/basemap/countries.topojson' },
  { key: 'map.archiveAnswered', status: 503 },
  { key: 'map.noOfflineStorage' },
];

describe('basemap read failures', () => {
  it.each(FAILURES)('$key is said in the English catalogue’s words and read back', (failure) => {
    const message = new ReadFailureError(failure).message;
    const { key, ...params } = failure;
    const asText = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
    expect(message).toBe(catalogue(key, asText));
    expect(parseReadFailure(message)).toEqual(failure);
  });

  it('words a failure with the page’s translation, and leaves any other message as it came', () => {
    const translate = (key: string, params: Record<string, string>) =>
      `${key} ${JSON.stringify(params)}`;
    expect(wordReadFailure('the basemap archive answered 404', translate)).toBe(
      'map.archiveAnswered {"status":"404"}',
    );
    const other = 'the archive is not PMTiles: it does not begin with "PMTiles"';
    expect(wordReadFailure(other, translate)).toBe(other);
    expect(wordReadFailure('somewhere answered 404 twice', translate)).toBe(
      'somewhere answered 404 twice',
    );
  });
});
