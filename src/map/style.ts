/**
 * The whole map style: the basemap, then every registered layer's style layers in their slots
 * (fills, lines, symbols), in the registry's order, among the basemap's (map/basemap.ts). It needs no fact base: membership is in the
 * country outlines' properties and the points are a generated file, so the map can start while
 * the fact base is still on its way. Label glyphs come from the app's own files (public/glyphs/).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { LAYERS, type LayerId } from '../layers/index.ts';
import {
  borderLayer,
  countryLabelLayers,
  countryOutlineLayer,
  earthLayers,
  townLayers,
  waterLayers,
} from './basemap.ts';
import { linkLayers } from './links.ts';
import { mapDataUrls, sources } from './sources.ts';
import { LIGHT, type Palette } from './theme.ts';

/** Style-wide state: only what changes rarely, since a change re-evaluates the layers using it. */
export interface GlobalState {
  year: number;
}

/**
 * The style layers of each entry of the layer list, for toggling visibility. A layer's ids are
 * the same in either palette.
 */
export function styleLayerIds(): Map<LayerId, string[]> {
  return new Map(
    LAYERS.map((layer) => {
      const { fills = [], lines = [], symbols = [] } = layer.style(LIGHT);
      return [layer.id, [...fills, ...lines, ...symbols].map((l) => l.id)];
    }),
  );
}

/** The style of a map that opens at `zoom` (which picks the countries' file: sources.ts). */
export function buildStyle(
  palette: Palette,
  base: string,
  state: GlobalState,
  zoom: number,
): StyleSpecification {
  const styles = LAYERS.map((layer) => ({ layer, ...layer.style(palette) }));
  const labels = countryLabelLayers(palette);
  const towns = townLayers(palette);
  // MapLibre places the symbols of later layers first: the highest priority goes last.
  const symbols = [...styles]
    .sort((a, b) => a.layer.labelPriority - b.layer.labelPriority)
    .flatMap((s) => s.symbols ?? []);
  return {
    version: 8,
    glyphs: mapDataUrls(base).glyphs,
    state: {
      year: { default: state.year },
    },
    sources: sources(base, zoom),
    // No background layer: the sea is the map container's colour (MapView), seen through the
    // canvas wherever nothing is drawn (beyond the tiles' reach too), since MapLibre clears it to
    // transparent: one shader program and a whole-canvas fill fewer. The PNG export fills the
    // sea under the map itself.
    layers: [
      ...earthLayers(palette),
      ...styles.flatMap((s) => s.fills ?? []),
      borderLayer(palette),
      ...styles.flatMap((s) => s.lines ?? []),
      countryOutlineLayer(palette),
      ...waterLayers(palette),
      ...linkLayers(palette),
      // Symbols higher in the list are placed first: towns give way to countries, countries to
      // the layers' places, those to the names of the Baltic states, and those, from zoom 6, to
      // the capitals.
      towns.towns,
      labels.others,
      ...symbols,
      labels.baltic,
      towns.capitals,
    ],
  };
}
