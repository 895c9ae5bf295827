/**
 * The basemap as data, in the order it is drawn (as the protomaps basemap orders its layers):
 * the tiles' earth; the country polygons the atlas knows, in plain land colour (what a click on a
 * country hits, and what lights up as a related country); then, over the layers' fills, the
 * tiles' water with its shore line, rivers and borders, so the coast seen is the tiles' detailed
 * one whatever the polygons' detail; then the hover and selection outline, and the labels.
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BALTIC_STATES } from '../../data/membership.ts';
import { featureState } from './feature-state.ts';
import { COUNTRY_SOURCE, LABEL_FONT } from './sources.ts';
import type { Palette } from './theme.ts';
import { TILES_SOURCE } from './tiles.ts';

const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const zoomed = (stops: unknown[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

const isBaltic: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...BALTIC_STATES]]];

/** Drawn under every layer and never hidden: what a click on a country hits. */
export const LAND_LAYER = 'land';
/** The tiles' sea and lakes: a click there is on no country. */
export const WATER_LAYER = 'water';
/** Town names from the tiles: a documented town among them is clickable (sync/pointer.ts). */
export const TOWN_LAYER = 'towns';
/** Capitals from zoom 6, placed before the country names: a country's name moves, not Rīga's. */
export const CAPITAL_LAYER = 'capitals';
export const TOWN_LAYERS = [TOWN_LAYER, CAPITAL_LAYER];
const CAPITALS_FIRST_ZOOM = 6;

/** Land under everything, where the atlas has no polygon of its own (and at finer detail). */
export function earthLayers(palette: Palette): LayerSpecification[] {
  return [
    {
      id: 'earth',
      type: 'fill',
      source: TILES_SOURCE,
      'source-layer': 'earth',
      paint: { 'fill-color': palette.land, 'fill-antialias': false },
    },
    {
      id: LAND_LAYER,
      type: 'fill',
      source: COUNTRY_SOURCE,
      filter: isKind('country'),
      paint: {
        'fill-color': ['case', featureState('related'), palette.related, palette.land],
        // The tiles' water and borders are drawn over every edge.
        'fill-antialias': false,
      },
    },
  ];
}

/**
 * Land borders between countries: under the water (so a border's end in the sea is hidden) and
 * under the layers' outlines (so the Baltic outline is not cut by a grey line).
 */
export function borderLayer(palette: Palette): LayerSpecification {
  return {
    id: 'borders',
    type: 'line',
    source: TILES_SOURCE,
    'source-layer': 'boundaries',
    paint: { 'line-color': palette.border, 'line-width': zoomed([2, 0.5, 8, 1.2]) },
  };
}

/** Sea, lakes and lagoons, their shores and rivers: over the layers' fills and outlines. */
export function waterLayers(palette: Palette): LayerSpecification[] {
  const polygons: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['ocean', 'lake']]];
  return [
    {
      id: WATER_LAYER,
      type: 'fill',
      source: TILES_SOURCE,
      'source-layer': 'water',
      filter: polygons,
      paint: { 'fill-color': palette.sea, 'fill-antialias': false },
    },
    {
      id: 'shore',
      type: 'line',
      source: TILES_SOURCE,
      'source-layer': 'water',
      // Lake shores from zoom 6: below it the lakes of Finland and Sweden read as cracks.
      filter: ['any', isKind('ocean'), ['all', isKind('lake'), ['>=', ['zoom'], 6]]],
      paint: { 'line-color': palette.coast, 'line-width': zoomed([2, 0.5, 6, 0.8, 10, 1.2]) },
    },
    {
      id: 'rivers',
      type: 'line',
      source: TILES_SOURCE,
      'source-layer': 'water',
      // Major rivers from the first zooms, the smaller classes as the map zooms in.
      filter: [
        'all',
        isKind('river'),
        ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5, 2, 6, 3, 8, 4]],
      ],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.river,
        'line-width': zoomed([3, 0.6, 8, ['-', 3, ['*', 0.5, ['get', 'rank']]], 10, 2.5]),
      },
    },
  ];
}

/**
 * Hover and selection outline one country, both through feature-state, in one layer. Drawn under
 * the water: the polygons' own coast is coarser than the tiles', so only land borders show it.
 */
export function countryOutlineLayer(palette: Palette): LayerSpecification {
  const selected = featureState('selected');
  return {
    id: 'countries-outline',
    type: 'line',
    source: COUNTRY_SOURCE,
    filter: isKind('country'),
    paint: {
      'line-color': ['case', selected, palette.selected, palette.pointOutline],
      'line-width': zoomed([3, ['case', selected, 3, 2], 8, ['case', selected, 5, 2]]),
      'line-opacity': ['case', selected, 1, featureState('hover'), 0.8, 0],
    },
  };
}

/**
 * Town names by size, larger towns first where labels collide: `towns` for all of them but the
 * capitals from zoom 6, which `capitals` draws, placed before every other label.
 */
export function townLayers(palette: Palette): {
  towns: LayerSpecification;
  capitals: LayerSpecification;
} {
  const isCapital: ExpressionSpecification = isKind('capital');
  const fromCapitalsZoom: ExpressionSpecification = ['>=', ['zoom'], CAPITALS_FIRST_ZOOM];
  return {
    towns: townLabels(palette, TOWN_LAYER, ['!', ['all', isCapital, fromCapitalsZoom]]),
    capitals: townLabels(palette, CAPITAL_LAYER, ['all', isCapital, fromCapitalsZoom]),
  };
}

function townLabels(
  palette: Palette,
  id: string,
  filter: ExpressionSpecification,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: TILES_SOURCE,
    'source-layer': 'places',
    filter: ['all', ['<=', ['get', 'min_zoom'], ['zoom']], filter],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        ['match', ['get', 'kind'], 'capital', 11, 'city', 10, 9],
        10,
        ['match', ['get', 'kind'], 'capital', 16, 'city', 15, 'town', 13, 12],
      ],
      'text-max-width': 7,
      'symbol-sort-key': ['-', 0, ['get', 'population']],
      'text-padding': 3,
    },
    paint: {
      'text-color': palette.town,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.4,
    },
  };
}

/**
 * Country names: large countries from the first zoom, smaller ones as the map zooms in. The
 * countries the atlas is about are a layer of their own, drawn last so they are placed first.
 */
export function countryLabelLayers(palette: Palette): {
  others: LayerSpecification;
  baltic: LayerSpecification;
} {
  const label = (
    id: string,
    filter: ExpressionSpecification,
    placement: Record<string, unknown> = {},
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: COUNTRY_SOURCE,
    filter: ['all', isKind('label'), filter],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': zoomed([2, 10, 6, 14]),
      'text-max-width': 8,
      'symbol-sort-key': ['get', 'rank'],
      ...placement,
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.5,
    },
  });
  return {
    others: label('country-labels', [
      'all',
      ['!', isBaltic],
      ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    ]),
    // Above or below its point, so a base at the country's heart keeps its own name beside it.
    baltic: label('baltic-labels', isBaltic, {
      'text-variable-anchor': ['bottom', 'top', 'center'],
      'text-radial-offset': 0.7,
    }),
  };
}
