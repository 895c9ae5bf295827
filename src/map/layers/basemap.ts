/**
 * The embedded basemap as data: sources and layers for sea, land, borders, coastlines and country
 * labels. Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { LABEL_FONT, type Palette } from '../theme.ts';

export interface BasemapUrls {
  countries: string;
  lines: string;
  labels: string;
}

export const NATURAL_EARTH =
  '<a href="https://www.naturalearthdata.com/" rel="noopener">Natural Earth</a>';

export function basemapSources(urls: BasemapUrls): Record<string, SourceSpecification> {
  return {
    // promoteId lets feature-state and selection use the ISO 3166-1 alpha-3 id.
    countries: {
      type: 'geojson',
      data: urls.countries,
      promoteId: 'id',
      attribution: NATURAL_EARTH,
    },
    lines: { type: 'geojson', data: urls.lines },
    'country-labels': { type: 'geojson', data: urls.labels, promoteId: 'id' },
  };
}

export function basemapLayers(palette: Palette): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    {
      id: 'land',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': palette.land },
    },
    {
      id: 'coastline',
      type: 'line',
      source: 'lines',
      filter: ['==', ['get', 'kind'], 'coast'],
      paint: {
        'line-color': palette.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.2],
      },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'lines',
      filter: ['==', ['get', 'kind'], 'border'],
      paint: {
        'line-color': palette.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.5],
        'line-dasharray': [3, 1],
      },
    },
  ];
}

/** Country names: large countries from the first zoom, smaller ones as the map zooms in. */
export function countryLabelLayer(palette: Palette): LayerSpecification {
  return {
    id: 'country-labels',
    type: 'symbol',
    source: 'country-labels',
    filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 2, 2, 3, 3, 4, 4, 5, 5]],
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
