/**
 * The basemap as data: plain land under every layer (what a click on a country hits), country
 * outlines, coasts and borders alike, the hover and selection outline, and country labels, all
 * from the country outlines. The sea is no layer (see buildStyle).
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { featureState } from './feature-state.ts';
import { COUNTRY_SOURCE, LABEL_FONT } from './sources.ts';
import type { Palette } from './theme.ts';

const isKind = (kind: 'country' | 'label'): ExpressionSpecification => [
  '==',
  ['get', 'kind'],
  kind,
];

/** Drawn under every layer and never hidden: what a click on a country hits. */
export const LAND_LAYER = 'land';

/** Every country in plain land colour: what shows under the member states, or with them hidden. */
export function landLayer(palette: Palette): LayerSpecification {
  return {
    id: LAND_LAYER,
    type: 'fill',
    source: COUNTRY_SOURCE,
    filter: isKind('country'),
    paint: {
      'fill-color': ['case', featureState('related'), palette.related, palette.land],
      // Every edge is under a coastline or a border line: an antialiased outline pass would draw
      // what no one sees.
      'fill-antialias': false,
    },
  };
}

/**
 * Every country's outline, coasts and borders alike, from the country polygons themselves: each
 * stretch drawn in one style (a border shared by two countries is drawn twice, on the same
 * pixels). Tiles clip polygons with a buffer, so the clip edges fall outside what each tile draws.
 */
export function countryLinesLayer(palette: Palette): LayerSpecification {
  return {
    id: 'country-lines',
    type: 'line',
    source: COUNTRY_SOURCE,
    filter: isKind('country'),
    paint: {
      'line-color': palette.border,
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2],
    },
  };
}

/** Hover and selection outline one country; both through feature-state, in one layer. */
export function countryOutlineLayer(palette: Palette): LayerSpecification {
  const selected = featureState('selected');
  return {
    id: 'countries-outline',
    type: 'line',
    source: COUNTRY_SOURCE,
    filter: isKind('country'),
    paint: {
      'line-color': ['case', selected, palette.selected, palette.pointOutline],
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        3,
        ['case', selected, 3, 2],
        8,
        ['case', selected, 5, 2],
      ],
      'line-opacity': ['case', selected, 1, featureState('hover'), 0.8, 0],
    },
  };
}

/** Country names: large countries from the first zoom, smaller ones as the map zooms in. */
export function countryLabelLayer(palette: Palette): LayerSpecification {
  return {
    id: 'country-labels',
    type: 'symbol',
    source: COUNTRY_SOURCE,
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
