/**
 * The shape all five point layers share: a halo ring driven by feature-state for hover and
 * selection, and a shaped icon with its label, both filtered to the layer's collections and the
 * timeline's year. Each layer has its own shape as well as its own colour.
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/#symbol
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { PointCollection } from '../../data/points.ts';
import type { Span } from '../../data/schema.ts';
import { spanColumns } from './spans.ts';
import type { Atlas } from '../data/atlas.ts';
import { byName } from '../format.ts';
import { t } from '../i18n/i18n.svelte.ts';
import type { MessageKey } from '../i18n/keys.ts';
import { featureState } from '../map/feature-state.ts';
import { LABEL_FONT, POINT_SOURCE } from '../map/sources.ts';
import type { Palette } from '../map/theme.ts';
import type { DetailLine, ExportRow, ListItem, MapLayer, PointShape } from './types.ts';

/** Icon names encode what to draw, so the map can draw any icon it meets (see map/icons.ts). */
export function iconName(
  shape: PointShape,
  fill: string,
  palette: Palette,
  startUnknown = false,
): string {
  return `shape:${shape}:${fill}:${palette.pointOutline}${startUnknown ? ':dashed' : ''}`;
}

/**
 * A record of the layer's reference data: the facts behind it give an export row's citations, its
 * span the row's dates.
 */
export interface PlaceRecord {
  facts: readonly string[];
  span: Span;
}

export interface PointLayerSpec<R extends PlaceRecord = PlaceRecord> {
  id: string;
  nameKey: MessageKey;
  alsoCalled?: readonly string[];
  shape: PointShape;
  /** Okabe–Ito colours, which stay apart for colour-blind readers, in both palettes. */
  colour: string;
  collections: readonly PointCollection[];
  labelPriority: number;
  /**
   * The line under the name on the map and in Browse, e.g. "2 attachés", in the interface's
   * language: `map` builds the style's expression when the style (or its labels) is built.
   */
  note?: {
    map: () => ExpressionSpecification;
    list: (atlas: Atlas, id: string) => string | undefined;
  };
  details: (atlas: Atlas, id: string) => DetailLine[];
  related?: (atlas: Atlas, id: string) => string[];
  /** The layer's records at a place, for its export row. */
  recordsAt: (atlas: Atlas, id: string) => R[];
  /** The export columns of a place beyond its coordinates, country and first year. */
  columns: (atlas: Atlas, records: R[]) => ExportRow['properties'];
}

export const haloLayerId = (layer: string) => `${layer}-halo`;
export const iconLayerId = (layer: string) => `${layer}-icons`;

export function pointLayer<R extends PlaceRecord>(spec: PointLayerSpec<R>): MapLayer {
  const inLayer: ExpressionSpecification = [
    'in',
    ['get', 'collection'],
    ['literal', [...spec.collections]],
  ];
  // Drawn only in the years its sources support (data/spans.ts); a point with none has no `from`.
  const inYear: ExpressionSpecification = [
    'all',
    ['has', 'from'],
    ['<=', ['get', 'from'], ['global-state', 'year']],
    ['<=', ['global-state', 'year'], ['coalesce', ['get', 'until'], 9999]],
  ];
  const filter: ExpressionSpecification = ['all', inLayer, inYear];
  const label = (): ExpressionSpecification =>
    spec.note ? ['concat', ['get', 'name'], '\n', spec.note.map()] : ['get', 'name'];

  const styleLayers = (palette: Palette): LayerSpecification[] => [
    {
      id: haloLayerId(spec.id),
      type: 'circle',
      source: POINT_SOURCE,
      filter,
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
      id: iconLayerId(spec.id),
      type: 'symbol',
      source: POINT_SOURCE,
      filter,
      layout: {
        'icon-image': [
          'case',
          ['get', 'startKnown'],
          iconName(spec.shape, spec.colour, palette),
          iconName(spec.shape, spec.colour, palette, true),
        ],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 6, 1],
        'icon-allow-overlap': true,
        'text-field': ['step', ['zoom'], '', 4, label()],
        'text-font': LABEL_FONT,
        'text-size': 12,
        // Beside the icon where there is room, on whichever side that is.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
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

  const sign = (palette: Palette) => ({
    shape: spec.shape,
    fill: spec.colour,
    stroke: palette.pointOutline,
  });

  const items = (atlas: Atlas): ListItem[] =>
    placesOf(atlas, spec.collections)
      .map((id) => {
        const note = spec.note?.list(atlas, id);
        return note === undefined
          ? { id, name: atlas.name(id) }
          : { id, name: atlas.name(id), note };
      })
      .sort((a, b) => byName(a.name, b.name));

  return {
    id: spec.id,
    nameKey: spec.nameKey,
    get name() {
      return t(spec.nameKey);
    },
    alsoCalled: spec.alsoCalled ?? [],
    geometry: 'point',
    collections: spec.collections,
    labelPriority: spec.labelPriority,
    style: (palette) => ({ symbols: styleLayers(palette) }),
    sign,
    legend: (palette) => [{ label: t(spec.nameKey), ...sign(palette) }],
    items,
    count: (atlas) => items(atlas).length,
    details: spec.details,
    related: spec.related ?? (() => []),
    rows: (atlas) =>
      placesOf(atlas, spec.collections).map((id) => {
        const records = spec.recordsAt(atlas, id);
        return placeRow(
          atlas,
          spec.collections,
          id,
          {
            ...spanColumns(
              atlas,
              records.map((r) => r.span),
            ),
            ...spec.columns(atlas, records),
          },
          records.flatMap((r) => r.facts),
        );
      }),
  };
}

/**
 * A place's export row: its coordinates, country and years on the map, then its records' spans
 * and the layer's own properties, and the facts behind them.
 */
function placeRow(
  atlas: Atlas,
  collections: readonly PointCollection[],
  id: string,
  properties: ExportRow['properties'],
  facts: readonly string[],
): ExportRow {
  const points = atlas.points.filter((p) => p.id === id && collections.includes(p.collection));
  const from = points.flatMap((p) => (p.from === undefined ? [] : [p.from]));
  const until = points.map((p) => p.until);
  const entity = atlas.entity(id);
  const row: ExportRow = {
    id,
    name: atlas.name(id),
    properties: {
      country: entity?.country ? atlas.name(entity.country) : null,
      shown_from: from.length > 0 ? Math.min(...from) : null,
      shown_until: until.some((y) => y === undefined) ? null : Math.max(...(until as number[])),
      ...properties,
    },
    facts: [...new Set(facts)],
  };
  const coordinates = points[0]?.coordinates;
  return coordinates ? { ...row, coordinates } : row;
}

/** Each place of a layer once, in the order its collections list them. */
function placesOf(atlas: Atlas, collections: readonly PointCollection[]): string[] {
  return [
    ...new Set(atlas.points.filter((p) => collections.includes(p.collection)).map((p) => p.id)),
  ];
}

/** The names of a list of entities, for a Details line or an export cell. */
export const namesOf = (atlas: Atlas, ids: readonly string[], separator = ', ') =>
  ids.map((id) => atlas.name(id)).join(separator);

/** "A and B and C", in the interface's language. */
export const andList = (items: readonly string[]): string =>
  items.length === 0 ? '' : items.reduce((list, item) => t('layers.listAnd', { list, item }));
