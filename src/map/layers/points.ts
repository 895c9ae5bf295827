/**
 * The point layers (attaché residences, air policing, eFP, operations, summits): a shaped icon,
 * a label, and a halo ring driven by feature-state for hover and selection. Each layer has its own
 * shape as well as its own colour. Style spec: https://maplibre.org/maplibre-style-spec/layers/#symbol
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Link, PointFeature, PointLayerId } from '../../data/atlas.ts';
import { LABEL_FONT, type Palette } from '../theme.ts';
import { featureState } from './feature-state.ts';

export type Shape = 'circle' | 'triangle' | 'square' | 'diamond' | 'star';

export const SHAPES: Record<PointLayerId, Shape> = {
  attaches: 'circle',
  'air-policing': 'triangle',
  efp: 'square',
  operations: 'diamond',
  summits: 'star',
};

/** Icon names encode what to draw, so the map can draw any icon it meets (see icons.ts). */
export function iconName(layer: PointLayerId, palette: Palette): string {
  return `shape:${SHAPES[layer]}:${palette.points[layer]}:${palette.pointOutline}`;
}

/** All five point layers read one source (one fetch, one tile set); each layer filters by `layer`. */
export const POINT_SOURCE = 'points';
export const pointIconLayerId = (layer: PointLayerId) => `${layer}-icons`;
export const pointHaloLayerId = (layer: PointLayerId) => `${layer}-halo`;

export interface PointProperties {
  id: string;
  layer: PointLayerId;
  name: string;
  label: string;
  since: number;
}

/** The points as GeoJSON: written by geo/build-overlays.ts, and used by the exports. */
export function pointCollection(
  points: readonly PointFeature[],
): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.coordinates },
      properties: {
        id: p.id,
        layer: p.layer,
        name: p.name,
        label: p.note === undefined ? p.name : `${p.name}\n${p.note}`,
        // Undated points show in every year.
        since: p.since ?? 0,
      },
    })),
  };
}

/** `promoteId`: feature-state by place id lights every point of a place, in whichever layer. */
export function pointSource(url: string): SourceSpecification {
  return { type: 'geojson', data: url, promoteId: 'id' };
}

/** Shown once the timeline's year has reached the feature's first year. */
const inYear: ExpressionSpecification = ['<=', ['get', 'since'], ['global-state', 'year']];

export function pointLayers(layer: PointLayerId, palette: Palette): LayerSpecification[] {
  const source = POINT_SOURCE;
  const filter: ExpressionSpecification = ['all', ['==', ['get', 'layer'], layer], inYear];
  return [
    {
      id: pointHaloLayerId(layer),
      type: 'circle',
      source,
      filter,
      layout: { visibility: 'visible' },
      paint: {
        'circle-radius': ['case', featureState('selected'), 16, featureState('hover'), 14, 0],
        'circle-color': palette.selected,
        'circle-opacity': ['case', featureState('selected'), 0.55, featureState('hover'), 0.35, 0],
        'circle-stroke-color': palette.pointOutline,
        'circle-stroke-width': [
          'case',
          featureState('selected'),
          2.5,
          featureState('hover'),
          1.5,
          0,
        ],
      },
    },
    {
      id: pointIconLayerId(layer),
      type: 'symbol',
      source,
      filter,
      layout: {
        visibility: 'visible',
        'icon-image': iconName(layer, palette),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 6, 1],
        'icon-allow-overlap': true,
        'text-field': ['step', ['zoom'], '', 4, ['get', 'label']],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-anchor': 'left',
        'text-offset': [1.1, 0],
        'text-justify': 'left',
        'text-optional': true,
        'text-max-width': 12,
      },
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

export const LINKS_SOURCE = 'links';
export const LINKS_LAYER = 'links';

/**
 * The lines to linked countries show only for a selection, so the first load neither fetches
 * nor tiles them: the source starts empty (MapLibre fetches a source's file when the source is
 * added, whatever its layers) and its layer hidden (it tiles no source whose layers are all
 * hidden). MapView hands it the file and shows the layer when a place that has lines is first
 * selected.
 */
export function linksSource(): SourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    // Selecting a place lights its lines by feature-state on this id.
    promoteId: 'from',
  };
}

/** Great-circle lines from a selected residence or battlegroup to the countries it links to. */
export function linkLayer(palette: Palette): LayerSpecification {
  return {
    id: LINKS_LAYER,
    type: 'line',
    source: LINKS_SOURCE,
    // Hidden until a place with lines is first selected (see linksSource).
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

export type LinkProperties = Pick<Link, 'from' | 'to' | 'kind'>;
