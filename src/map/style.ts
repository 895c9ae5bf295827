/** The whole map style, assembled from the layer modules. No `glyphs`: labels use the web font. */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYER_IDS, type LayerId, type PointFeature, type PointLayerId } from '../data/atlas.ts';
import { basemapLayers, basemapSources, countryLabelLayer } from './layers/basemap.ts';
import {
  countryHighlightLayers,
  memberStatesLayers,
  type MembershipData,
} from './layers/members.ts';
import {
  linkLayer,
  pointHaloLayerId,
  pointIconLayerId,
  pointLayers,
  pointSource,
  pointSourceId,
} from './layers/points.ts';
import type { Palette } from './theme.ts';

export type BasemapDetail = 'lite' | 'fine';

/** From this zoom the fine (10m) European coastlines replace the lite ones. */
export const FINE_DETAIL_ZOOM = 4.5;

export function basemapUrl(file: string, base: string): string {
  return new URL(`generated/basemap/${file}`, base).href;
}

export function basemapUrls(detail: BasemapDetail, base: string) {
  return {
    countries: basemapUrl(`countries.${detail}.geojson`, base),
    lines: basemapUrl(`lines.${detail}.geojson`, base),
    labels: basemapUrl('labels.geojson', base),
  };
}

export interface ThematicData {
  membership: MembershipData;
  points: Record<PointLayerId, PointFeature[]>;
  /** URL of the great-circle lines written by geo/build-links.ts. */
  links: string;
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

/** Point layers a click can hit, top-most first. */
export const CLICKABLE_POINT_LAYERS = POINT_LAYERS.map(pointIconLayerId).reverse();

export function buildStyle(
  palette: Palette,
  base: string,
  detail: BasemapDetail,
  thematic: ThematicData,
  state: GlobalState,
): StyleSpecification {
  const [sea, land, coastline, borders] = basemapLayers(palette) as [
    LayerSpecification,
    LayerSpecification,
    LayerSpecification,
    LayerSpecification,
  ];
  const [highlightRelated, ...highlightCountry] = countryHighlightLayers(palette);
  const [membersFill, partnerOutline, balticOutline] = memberStatesLayers(
    palette,
    thematic.membership,
  );
  return {
    version: 8,
    state: {
      year: { default: state.year },
    },
    sources: {
      ...basemapSources(basemapUrls(detail, base)),
      ...Object.fromEntries(
        POINT_LAYERS.map((id) => [pointSourceId(id), pointSource(thematic.points[id])]),
      ),
      links: { type: 'geojson', data: thematic.links, promoteId: 'from' },
    },
    layers: [
      sea,
      land,
      membersFill!,
      partnerOutline!,
      highlightRelated!,
      coastline,
      borders,
      balticOutline!,
      ...highlightCountry,
      linkLayer(palette),
      countryLabelLayer(palette),
      ...POINT_LAYERS.flatMap((id) => pointLayers(id, palette)),
    ],
  };
}
