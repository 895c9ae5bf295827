/**
 * The map's sources by id, and where each one's data comes from: every file is written by
 * `npm run generate` (public/generated/), `npm run glyphs` (public/glyphs/) or `npm run tiles`
 * (public/tiles/).
 * Style spec: https://maplibre.org/maplibre-style-spec/sources/
 */
import type { SourceSpecification } from 'maplibre-gl';
import { GLYPH_FONTSTACK } from '../../geo/fonts.ts';
import { TILES_SOURCE, tilesSource } from './tiles.ts';

/** The country files' protocol, answered in MapLibre's worker (basemap-protocol.ts). */
export const BASEMAP_PROTOCOL = 'topojson';

/**
 * The source's data URL for a file under the page's base. A path, not a whole URL: MapLibre
 * normalises the string as a URL, and `topojson://http://…` would lose the colon after `http`.
 */
export function basemapDataUrl(path: string): string {
  return `${BASEMAP_PROTOCOL}://${path}`;
}

/**
 * Countries and their label points, told apart by `kind`, with membership baked in: a topology,
 * decoded by the `topojson://` protocol (basemap-protocol.ts). Two files, as the tiles have zoom
 * bands: the overview (world and Europe detail) for views below DETAILED_FROM_ZOOM, and the
 * detailed one, with the Baltic band's outlines, from there (sync/country-detail.ts).
 */
export const COUNTRY_SOURCE = 'countries';
export const COUNTRY_FILES = {
  overview: 'generated/basemap/countries-overview.topojson',
  detailed: 'generated/basemap/countries.topojson',
} as const;
/** The deepest zoom the country polygons are cut into tiles at. */
const COUNTRY_TILES_MAXZOOM = 8;
/** Half a zoom before the Baltic band's detail is drawn (zoom 8), so a zoom in finds it there. */
export const DETAILED_FROM_ZOOM = 7.5;

export function countryFileFor(zoom: number): string {
  return zoom >= DETAILED_FROM_ZOOM ? COUNTRY_FILES.detailed : COUNTRY_FILES.overview;
}
/** Every point of every point layer, each with its `collection`. */
export const POINT_SOURCE = 'points';
/** The lines from a selected place to the countries it is tied to. */
export const LINKS_SOURCE = 'links';

export function mapDataUrls(base: string) {
  const url = (file: string) => new URL(`generated/${file}`, base).href;
  return {
    countries: new URL(COUNTRY_FILES.detailed, base).href,
    points: url('points.geojson'),
    links: url('links.geojson'),
    // MapLibre fills in the placeholders, so they must not be percent-encoded by URL.
    glyphs: `${new URL('glyphs/', base).href}{fontstack}/{range}.pbf`,
  };
}

export const LABEL_FONT = [GLYPH_FONTSTACK];

/** The map's sources for a map that opens at `zoom`. */
export function sources(base: string, zoom: number): Record<string, SourceSpecification> {
  const urls = mapDataUrls(base);
  return {
    [TILES_SOURCE]: tilesSource(base),
    // promoteId: feature-state and selection by the ISO 3166-1 alpha-3 id.
    [COUNTRY_SOURCE]: {
      type: 'geojson',
      data: basemapDataUrl(countryFileFor(zoom)),
      promoteId: 'id',
      // The polygons' finest detail (Natural Earth 10m) is all there at zoom 8: MapLibre
      // overzooms its tiles beyond, so a zoomed-in view cuts fewer and larger tiles from them.
      maxzoom: COUNTRY_TILES_MAXZOOM,
    },
    // By place id: feature-state lights every point of a place, in whichever layer.
    [POINT_SOURCE]: { type: 'geojson', data: urls.points, promoteId: 'id' },
    // Empty until a place with lines is first selected (map/links.ts), so the first load neither
    // fetches nor tiles them; selecting a place lights its lines by feature-state on `from`.
    [LINKS_SOURCE]: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      promoteId: 'from',
    },
  };
}
