/**
 * The embedded basemap as data: one source (countries and label points in one GeoJSON, told
 * apart by `kind`) and the layers for country outlines and country labels. The sea is no layer
 * (see buildStyle).
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { LABEL_FONT, type Palette } from '../theme.ts';

export const BASEMAP_SOURCE = 'basemap';

export type BasemapKind = 'country' | 'label';

export const isKind = (kind: BasemapKind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

export function basemapSource(url: string): SourceSpecification {
  // promoteId lets feature-state and selection use the ISO 3166-1 alpha-3 id. The Natural Earth
  // credit is in the map's attribution (src/map/create-map.ts).
  return { type: 'geojson', data: url, promoteId: 'id' };
}

/**
 * Every country's outline, coasts and borders alike, from the country polygons themselves: no
 * line data to fetch, and each stretch drawn in one style (a border shared by two countries is
 * drawn twice, on the same pixels). Tiles clip polygons with a buffer, so the clip edges fall
 * outside what each tile draws.
 */
export function countryLinesLayer(palette: Palette): LayerSpecification {
  return {
    id: 'country-lines',
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: isKind('country'),
    paint: {
      'line-color': palette.border,
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2],
    },
  };
}

/** Country names: large countries from the first zoom, smaller ones as the map zooms in. */
export function countryLabelLayer(palette: Palette): LayerSpecification {
  return {
    id: 'country-labels',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    filter: [
      'all',
      isKind('label'),
      ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    ],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
      'text-max-width': 8,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.5,
    },
  };
}
