/**
 * A missing, truncated or corrupt basemap archive or tile: MapLibre reports it as an error of
 * the tiles' source and goes on drawing everything else. Turned into one sentence that names it.
 */
import type { ErrorEvent, Map as MaplibreMap } from 'maplibre-gl';
import { TILES_SOURCE } from '../tiles.ts';

export function watchBasemapErrors(
  map: MaplibreMap,
  report: (message: string) => void,
): () => void {
  const onError = (event: ErrorEvent) => {
    // A source's error event carries the source's id beside the error.
    if ((event as ErrorEvent & { sourceId?: string }).sourceId !== TILES_SOURCE) return;
    const why = event.error?.message ?? 'unknown error';
    report(
      `Part of the basemap could not be read (${why}): coasts, water and towns may be missing there. The layers and the details work as before.`,
    );
  };
  map.on('error', onError);
  return () => map.off('error', onError);
}
