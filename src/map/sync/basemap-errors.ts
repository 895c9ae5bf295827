/**
 * A missing, truncated or corrupt basemap archive, tile or country file: MapLibre reports it as
 * an error of that source and goes on drawing everything else. Turned into one sentence that
 * names it.
 */
import type { ErrorEvent, Map as MaplibreMap } from 'maplibre-gl';
import { t } from '../../i18n/i18n.svelte.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import { wordReadFailure } from '../read-failure.ts';
import { COUNTRY_SOURCE } from '../sources.ts';
import { TILES_SOURCE } from '../tiles.ts';

/** What is missing, by source: each message takes the error as `{why}`. */
const CONSEQUENCE: Record<string, MessageKey> = {
  [TILES_SOURCE]: 'map.tilesUnreadable',
  [COUNTRY_SOURCE]: 'map.countriesUnreadable',
};

/**
 * Reports each unreadable basemap source as a sentence, given as a function so that it is read
 * in the interface's language at the time it is shown.
 */
export function watchBasemapErrors(
  map: MaplibreMap,
  report: (message: () => string) => void,
): () => void {
  const onError = (event: ErrorEvent) => {
    // A source's error event carries the source's id beside the error.
    const sentence = CONSEQUENCE[(event as ErrorEvent & { sourceId?: string }).sourceId ?? ''];
    if (sentence === undefined) return;
    const why = event.error?.message;
    report(() =>
      t(sentence, { why: why === undefined ? t('map.unknownError') : wordReadFailure(why, t) }),
    );
  };
  map.on('error', onError);
  return () => map.off('error', onError);
}
