/**
 * The registry of the map's thematic layers, in the order the layer list shows them. The style,
 * the layer list and its key, the exported image's legend, Browse, Details, the exports and the
 * link's `layers=` vocabulary all loop over it: a new layer is one module and one line here.
 */
import type { PointCollection } from '../../data/points.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { airPolicing } from './air-policing.ts';
import { attaches } from './attaches.ts';
import { efp } from './efp.ts';
import { members } from './members.ts';
import { operations } from './operations.ts';
import { summits } from './summits.ts';
import type { Palette } from '../map/theme.ts';
import type { LegendEntry, MapLayer } from './types.ts';

export const LAYERS: readonly MapLayer[] = [
  members,
  attaches,
  airPolicing,
  efp,
  operations,
  summits,
];

export type LayerId = string;
export const LAYER_IDS: readonly LayerId[] = LAYERS.map((layer) => layer.id);

export function layerById(id: LayerId): MapLayer | undefined {
  return LAYERS.find((layer) => layer.id === id);
}

/** The layer that draws a point collection. */
const layerOfCollection = new Map<PointCollection, MapLayer>(
  LAYERS.flatMap((layer) => layer.collections.map((c) => [c, layer] as const)),
);
export function layerOf(collection: PointCollection): MapLayer | undefined {
  return layerOfCollection.get(collection);
}

/**
 * How every point layer draws a place whose start the sources do not date: from the date of the
 * document that calls it current, with a dashed outline, so "since when" is never implied.
 */
export function undatedSign(palette: Palette): LegendEntry {
  return {
    label: t('layers.signUndated'),
    shape: 'circle',
    fill: palette.paper.muted,
    stroke: palette.paper.muted,
    dashed: true,
  };
}

/** The signs every layer shares: the selection, the lines it draws, an undated start. */
export function mapSigns(palette: Palette): LegendEntry[] {
  return [
    {
      label: t('layers.signSelected'),
      shape: 'circle',
      fill: palette.selected,
      stroke: palette.pointOutline,
    },
    {
      label: t('layers.signRelated'),
      shape: 'swatch',
      fill: palette.related,
      stroke: palette.pointOutline,
    },
    {
      label: t('layers.signLeadLine'),
      shape: 'line',
      fill: 'none',
      stroke: palette.link,
    },
    {
      label: t('layers.signTieLine'),
      shape: 'line',
      fill: 'none',
      stroke: palette.link,
      dashed: true,
    },
    undatedSign(palette),
  ];
}

export type { DetailLine, LegendEntry, ListItem, MapLayer, Sign } from './types.ts';
