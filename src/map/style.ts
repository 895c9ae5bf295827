/**
 * The whole map style: the basemap, then every registered layer's style layers in their slots
 * (fills, lines, symbols), in the registry's order. It needs no fact base: membership is in the
 * country outlines' properties and the points are a generated file, so the map can start while
 * the fact base is still on its way. Label glyphs come from the app's own files (public/glyphs/).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { LAYERS, type LayerId } from '../layers/index.ts';
import { countryLabelLayer, countryLinesLayer, countryOutlineLayer, landLayer } from './basemap.ts';
import { linkLayer } from './links.ts';
import { mapDataUrls, sources, type BasemapDetail } from './sources.ts';
import type { Palette } from './theme.ts';

/** Style-wide state: only what changes rarely, since a change re-evaluates the layers using it. */
export interface GlobalState {
  year: number;
}

/** The style layers of each entry of the layer list, for toggling visibility. */
export function styleLayerIds(palette: Palette): Map<LayerId, string[]> {
  return new Map(
    LAYERS.map((layer) => {
      const { fills = [], lines = [], symbols = [] } = layer.style(palette);
      return [layer.id, [...fills, ...lines, ...symbols].map((l) => l.id)];
    }),
  );
}

export function buildStyle(
  palette: Palette,
  base: string,
  detail: BasemapDetail,
  state: GlobalState,
): StyleSpecification {
  const styles = LAYERS.map((layer) => layer.style(palette));
  return {
    version: 8,
    glyphs: mapDataUrls(base).glyphs,
    state: {
      year: { default: state.year },
    },
    sources: sources(base, detail),
    // No background layer: the sea is the map container's colour (MapView), seen through the
    // canvas wherever no country is drawn, since MapLibre clears it to transparent: one shader
    // program and a whole-canvas fill fewer. The PNG export fills the sea under the map itself.
    layers: [
      landLayer(palette),
      ...styles.flatMap((s) => s.fills ?? []),
      countryLinesLayer(palette),
      // Layer outlines over the borders, the hover and selection outline over both.
      ...styles.flatMap((s) => s.lines ?? []),
      countryOutlineLayer(palette),
      linkLayer(palette),
      countryLabelLayer(palette),
      ...styles.flatMap((s) => s.symbols ?? []),
    ],
  };
}
