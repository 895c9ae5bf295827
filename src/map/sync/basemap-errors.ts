/**
 * A missing, truncated or corrupt basemap archive, tile or country file: MapLibre reports it as
 * an error of that source and goes on drawing everything else. Turned into one sentence that
 * names it.
 */
import type { ErrorEvent, Map as MaplibreMap } from 'maplibre-gl';
import { COUNTRY_SOURCE } from '../sources.ts';
import { TILES_SOURCE } from '../tiles.ts';

const CONSEQUENCE: Record<string, string> = {
  [TILES_SOURCE]:
    'Part of the basemap could not be read ({why}): coasts, water and towns may be missing there.',
  [COUNTRY_SOURCE]:
    'The countries could not be read ({why}): NATO membership is not coloured on the map.',
};

export function watchBasemapErrors(
  map: MaplibreMap,
  report: (message: string) => void,
): () => void {
  const onError = (event: ErrorEvent) => {
    // A source's error event carries the source's id beside the error.
    const sentence = CONSEQUENCE[(event as ErrorEvent & { sourceId?: string }).sourceId ?? ''];
    if (sentence === undefined) return;
    const why = event.error?.message ?? 'unknown error';
    report(`${sentence.replace('{why}', why)} The layers and the details work as before.`);
  };
  map.on('error', onError);
  return () => map.off('error', onError);
}
