/**
 * The great-circle lines from a selected attaché residence or battlegroup to the countries it is
 * tied to. Hidden until a place with lines is first selected: MapLibre fetches a source's file
 * when the source is added, whatever its layers, and tiles no source whose layers are all hidden,
 * so the first load neither fetches nor tiles them.
 */
import type {
  ExpressionSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MaplibreMap,
} from 'maplibre-gl';
import { featureState } from './feature-state.ts';
import { LINKS_SOURCE, mapDataUrls } from './sources.ts';
import type { Palette } from './theme.ts';

/** A lead nation's line is solid and wider; contributing and accredited countries' are dashed. */
export const LINK_LAYERS = { lead: 'links-lead', ties: 'links' } as const;

export function linkLayers(palette: Palette): LayerSpecification[] {
  // The links source promotes `from` to the feature id: selecting a place lights its lines.
  const opacity: ExpressionSpecification = ['case', featureState('selected'), 0.85, 0];
  const paint = { 'line-color': palette.link, 'line-opacity': opacity };
  return [
    {
      id: LINK_LAYERS.ties,
      type: 'line',
      source: LINKS_SOURCE,
      filter: ['!=', ['get', 'kind'], 'efp-lead'],
      layout: { 'line-cap': 'round', visibility: 'none' },
      paint: { ...paint, 'line-width': 1.5, 'line-dasharray': ['literal', [2, 1.5]] },
    },
    {
      id: LINK_LAYERS.lead,
      type: 'line',
      source: LINKS_SOURCE,
      filter: ['==', ['get', 'kind'], 'efp-lead'],
      layout: { 'line-cap': 'round', visibility: 'none' },
      paint: { ...paint, 'line-width': 3 },
    },
  ];
}

/** Hands the links source its file and shows the layer, once. */
export function showLinks(map: MaplibreMap): void {
  if (!map.style || map.getLayoutProperty(LINK_LAYERS.lead, 'visibility') === 'visible') return;
  map.getSource<GeoJSONSource>(LINKS_SOURCE)?.setData(mapDataUrls(document.baseURI).links);
  for (const id of Object.values(LINK_LAYERS)) map.setLayoutProperty(id, 'visibility', 'visible');
}
