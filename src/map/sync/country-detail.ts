/**
 * The countries' outlines follow the zoom as the tiles' do: a map that opens below
 * DETAILED_FROM_ZOOM reads the overview file, and switches its source to the detailed file the
 * first time the view reaches that zoom, once, for good. The tiles' water is drawn over the
 * fills, so the coast seen is the same in either; feature-state (the selection) stays with the
 * source across the switch.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { COUNTRY_FILES, COUNTRY_SOURCE, DETAILED_FROM_ZOOM, basemapDataUrl } from '../sources.ts';

/** Maps already switched (or opened) to the detailed file. */
const detailed = new WeakSet<MaplibreMap>();

export function syncCountryDetail(map: MaplibreMap, openedAtZoom: number): () => void {
  if (openedAtZoom >= DETAILED_FROM_ZOOM) detailed.add(map);
  if (detailed.has(map)) return () => {};
  const onZoom = () => {
    if (map.getZoom() < DETAILED_FROM_ZOOM) return;
    map.off('zoom', onZoom);
    detailed.add(map);
    // A file that fails is named by the map's error event (basemap-errors.ts); the overview stays.
    map
      .getSource<GeoJSONSource>(COUNTRY_SOURCE)
      ?.setData(basemapDataUrl(COUNTRY_FILES.detailed))
      .catch(() => {});
  };
  map.on('zoom', onZoom);
  return () => map.off('zoom', onZoom);
}
