/**
 * The `topojson://` protocol, registered in MapLibre's worker (maplibre-worker.ts): the country
 * source's data is asked for through it, and it answers with the basemap file decoded into
 * GeoJSON (geo/basemap-file.ts), so the style keeps naming its data by URL while the wire carries
 * the smaller topology, and neither the decoding nor the decoded collection passes through the
 * page's main thread.
 * API: https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
import type { AddProtocolAction } from 'maplibre-gl';
import { readBasemapFile } from '../../geo/basemap-file.ts';
import { BASEMAP_PROTOCOL } from './sources.ts';
import { ReadFailureError } from './read-failure.ts';

async function readFile(url: string, signal: AbortSignal): Promise<GeoJSON.GeoJSON> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    throw new ReadFailureError({ key: 'map.fileAnswered', url, status: response.status });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ReadFailureError({ key: 'map.fileNotJson', url });
  }
  return readBasemapFile(json, url);
}

/** `base`: the page's base URL, which the protocol's paths are under. */
export function basemapProtocol(base: string): AddProtocolAction {
  return async (request, abort) => {
    const url = new URL(request.url.slice(`${BASEMAP_PROTOCOL}://`.length), base).href;
    return { data: await readFile(url, abort.signal) };
  };
}
