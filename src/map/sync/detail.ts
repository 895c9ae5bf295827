/** The fine country outlines replace the light ones the first time the map zooms in far enough. */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { COUNTRY_SOURCE, FINE_DETAIL_ZOOM, mapDataUrls } from '../sources.ts';

export function loadFineDetailWhenNeeded(map: MaplibreMap): () => void {
  const load = () => {
    if (map.getZoom() < FINE_DETAIL_ZOOM) return;
    map
      .getSource<GeoJSONSource>(COUNTRY_SOURCE)
      ?.setData(mapDataUrls(document.baseURI).countries('fine'));
    map.off('zoomend', load);
  };
  map.on('zoomend', load);
  load();
  return () => map.off('zoomend', load);
}
