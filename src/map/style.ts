/**
 * The whole map style, assembled from the layer modules. It needs no fact base: membership is in
 * the basemap's properties and the points are a generated file, so the map can start while the
 * fact base is still on its way. Label glyphs come from the app's own files (public/glyphs/).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { LAYER_IDS, type LayerId, type PointLayerId } from '../data/atlas.ts';
import {
  BASEMAP_SOURCE,
  basemapSource,
  countryLabelLayer,
  countryLinesLayer,
} from './layers/basemap.ts';
import { countryOutlineLayer, landLayer, memberStatesLayers } from './layers/members.ts';
import {
  LINKS_SOURCE,
  POINT_SOURCE,
  linkLayer,
  linksSource,
  pointHaloLayerId,
  pointIconLayerId,
  pointLayers,
  pointSource,
} from './layers/points.ts';
import type { Palette } from './theme.ts';

export type BasemapDetail = 'lite' | 'fine';

/** From this zoom the fine (10m) European coastlines replace the lite ones. */
export const FINE_DETAIL_ZOOM = 4.5;

/** The files the map reads, all written by `npm run generate`. */
export function mapDataUrls(base: string) {
  const url = (file: string) => new URL(`generated/${file}`, base).href;
  return {
    basemap: (detail: BasemapDetail) => url(`basemap/basemap.${detail}.geojson`),
    points: url('points.geojson'),
    links: url('links.geojson'),
    // MapLibre fills in the placeholders, so they must not be percent-encoded by URL.
    glyphs: `${new URL('glyphs/', base).href}{fontstack}/{range}.pbf`,
  };
}

/** Style-wide state: only what changes rarely, since a change re-evaluates the layers using it. */
export interface GlobalState {
  year: number;
}

export const POINT_LAYERS = LAYER_IDS.filter((id): id is PointLayerId => id !== 'members');

/** The style layers that belong to each entry of the layer list, for toggling visibility. */
export const STYLE_LAYERS: Record<LayerId, string[]> = {
  members: ['members-fill', 'members-partner-outline', 'members-baltic-outline'],
  ...(Object.fromEntries(
    POINT_LAYERS.map((id) => [id, [pointHaloLayerId(id), pointIconLayerId(id)]]),
  ) as Record<PointLayerId, string[]>),
};

export function buildStyle(
  palette: Palette,
  base: string,
  detail: BasemapDetail,
  state: GlobalState,
): StyleSpecification {
  const urls = mapDataUrls(base);
  const [membersFill, partnerOutline, balticOutline] = memberStatesLayers(palette);
  return {
    version: 8,
    glyphs: urls.glyphs,
    state: {
      year: { default: state.year },
    },
    sources: {
      [BASEMAP_SOURCE]: basemapSource(urls.basemap(detail)),
      [POINT_SOURCE]: pointSource(urls.points),
      [LINKS_SOURCE]: linksSource(),
    },
    // No background layer: the sea is the map container's colour (MapView), seen through the
    // canvas wherever no country is drawn, since MapLibre clears it to transparent. A background
    // layer was one more shader program and a fill of the whole canvas per tile: about 100 ms of
    // the first load in software WebGL. The PNG export fills the sea under the map itself.
    layers: [
      landLayer(palette),
      membersFill!,
      partnerOutline!,
      countryLinesLayer(palette),
      // The Baltic outline over the other outlines, the hover and selection outline over both.
      balticOutline!,
      countryOutlineLayer(palette),
      linkLayer(palette),
      countryLabelLayer(palette),
      ...POINT_LAYERS.flatMap((id) => pointLayers(id, palette)),
    ],
  };
}
