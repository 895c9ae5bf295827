/**
 * The style of the hidden map an image is drawn from: the visible map's own style (buildStyle),
 * with the layers hidden that the user has hidden, and one more symbol layer on top, an invisible
 * wall of icons along the crop line. The wall takes part in collision and is placed before every
 * label, so a label that would cross the picture's edge is moved or left out instead of cut.
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/#symbol
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerId } from '../layers/index.ts';
import { styleLayerIds } from './style.ts';

export const WALL_SOURCE = 'export-crop-wall';
export const WALL_LAYER = 'export-crop-wall';
/** The wall's icon: a transparent square, drawn on demand like the point layers' icons. */
export const WALL_ICON = 'export-crop-wall';
/** The icon's side in CSS pixels; the wall's points stand closer than this, leaving no gap. */
export const WALL_ICON_SIZE = 8;
export const WALL_SPACING = 6;

/** The wall's icon: transparent, since it only needs its collision box. */
export function wallIcon(pixelRatio: number) {
  const side = Math.max(1, Math.round(WALL_ICON_SIZE * pixelRatio));
  return { width: side, height: side, data: new Uint8Array(side * side * 4) };
}

export function wallData(positions: readonly [number, number][]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: positions.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [...coordinates] },
    })),
  };
}

function wallLayer(): LayerSpecification {
  return {
    id: WALL_LAYER,
    type: 'symbol',
    source: WALL_SOURCE,
    layout: {
      'icon-image': WALL_ICON,
      // Always placed, and still blocking whatever is placed after it.
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
    },
  };
}

/**
 * `style` with the layer list's visibility applied and the wall added last (MapLibre places the
 * last symbol layer first). The wall's points are [lng, lat]; empty until the map can unproject.
 */
export function exportStyle(
  style: StyleSpecification,
  visible: ReadonlySet<LayerId>,
  wall: readonly [number, number][] = [],
): StyleSpecification {
  const hidden = new Set(
    [...styleLayerIds()].filter(([layer]) => !visible.has(layer)).flatMap(([, ids]) => ids),
  );
  const layers = style.layers.map((layer) =>
    hidden.has(layer.id)
      ? ({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification)
      : layer,
  );
  return {
    ...style,
    sources: { ...style.sources, [WALL_SOURCE]: { type: 'geojson', data: wallData(wall) } },
    layers: [...layers, wallLayer()],
  };
}
