/**
 * The great-circle lines from a selected attaché residence or battlegroup to the countries it is
 * tied to. Hidden until a place with lines is first selected: MapLibre fetches a source's file
 * when the source is added, whatever its layers, and tiles no source whose layers are all hidden,
 * so the first load neither fetches nor tiles them.
 */
import type { GeoJSONSource, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { featureState } from './feature-state.ts';
import { LINKS_SOURCE, mapDataUrls } from './sources.ts';
import type { Palette } from './theme.ts';

export const LINKS_LAYER = 'links';

export function linkLayer(palette: Palette): LayerSpecification {
  return {
    id: LINKS_LAYER,
    type: 'line',
    source: LINKS_SOURCE,
    layout: { 'line-cap': 'round', visibility: 'none' },
    paint: {
      'line-color': palette.link,
      'line-width': ['match', ['get', 'kind'], 'efp-lead', 2.5, 1.5],
      'line-dasharray': ['literal', [2, 1.5]],
      // The links source promotes `from` to the feature id: selecting a place lights its lines.
      'line-opacity': ['case', featureState('selected'), 0.85, 0],
    },
  };
}

/** Hands the links source its file and shows the layer, once. */
export function showLinks(map: MaplibreMap): void {
  if (!map.style || map.getLayoutProperty(LINKS_LAYER, 'visibility') === 'visible') return;
  map.getSource<GeoJSONSource>(LINKS_SOURCE)?.setData(mapDataUrls(document.baseURI).links);
  map.setLayoutProperty(LINKS_LAYER, 'visibility', 'visible');
}
