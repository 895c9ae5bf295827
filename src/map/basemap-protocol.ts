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

/** A file's fetch and decoding, started before MapLibre asks for it, by its whole URL. */
const early = new Map<string, Promise<GeoJSON.GeoJSON>>();

async function readFile(url: string, signal?: AbortSignal): Promise<GeoJSON.GeoJSON> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) {
    throw new BasemapFileError(t('map.fileAnswered', { url, status: response.status }));
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new BasemapFileError(t('map.fileNotJson', { url }));
  }
  return readBasemapFile(json, url);
}

/**
 * Starts reading a file the map is about to ask for (the first countries file), while MapLibre
 * is still starting: its first request for it then takes what has been read. A failure is
 * reported to that request, as if it had made it.
 */
export function readEarly(dataUrl: string): void {
  if (!dataUrl.startsWith(`${BASEMAP_PROTOCOL}://`)) return;
  const url = fileUrl(dataUrl);
  if (early.has(url)) return;
  const reading = readFile(url);
  reading.catch(() => {});
  early.set(url, reading);
}

/** The file a `topojson://` URL names, under the page's base. */
const fileUrl = (dataUrl: string) =>
  new URL(dataUrl.slice(`${BASEMAP_PROTOCOL}://`.length), document.baseURI).href;

export const basemapProtocol: AddProtocolAction = async (request, abort) => {
  const url = fileUrl(request.url);
  const started = early.get(url);
  // Taken once: a later request (the map's style set again) reads the file afresh.
  early.delete(url);
  return { data: await (started ?? readFile(url, abort.signal)) };
};
