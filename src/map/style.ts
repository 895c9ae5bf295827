/** The whole map style, assembled from the layer modules. No `glyphs`: labels use the web font. */
import type { StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSources, countryLabelLayer } from './layers/basemap.ts';
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

export function buildStyle(
  palette: Palette,
  base: string,
  detail: BasemapDetail,
): StyleSpecification {
  return {
    version: 8,
    sources: basemapSources(basemapUrls(detail, base)),
    layers: [...basemapLayers(palette), countryLabelLayer(palette)],
  };
}
