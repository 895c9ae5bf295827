/**
 * The `topojson://` protocol: MapLibre's worker asks for the country source's data through it,
 * and it answers with the basemap file decoded into GeoJSON (geo/basemap-file.ts), so the style
 * keeps naming its data by URL while the wire carries the smaller topology.
 * API: https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
import type { AddProtocolAction } from 'maplibre-gl';
import { BasemapFileError, readBasemapFile } from '../../geo/basemap-file.ts';
import { t } from '../i18n/i18n.svelte.ts';

export const BASEMAP_PROTOCOL = 'topojson';

/**
 * The source's data URL for a file under the page's base. A path, not a whole URL: MapLibre
 * normalises the string as a URL, and `topojson://http://…` would lose the colon after `http`.
 */
export function basemapDataUrl(path: string): string {
  return `${BASEMAP_PROTOCOL}://${path}`;
}

export const basemapProtocol: AddProtocolAction = async (request, abort) => {
  const url = new URL(request.url.slice(`${BASEMAP_PROTOCOL}://`.length), document.baseURI).href;
  const response = await fetch(url, { signal: abort.signal });
  if (!response.ok) {
    throw new BasemapFileError(t('map.fileAnswered', { url, status: response.status }));
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new BasemapFileError(t('map.fileNotJson', { url }));
  }
  return { data: readBasemapFile(json, url) };
};
