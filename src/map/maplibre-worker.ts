/**
 * MapLibre's worker, with the atlas's two protocols in it: the basemap's tiles and country files
 * are fetched, decompressed and decoded where MapLibre parses them, off the page's main thread,
 * which a phone's first load is bound by. Handed to MapLibre by setWorkerUrl (create-map.ts).
 * The protocols are registered as the module runs, before the worker reads its first message.
 */
import MaplibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import type { AddProtocolAction } from 'maplibre-gl';
import { basemapProtocol } from './basemap-protocol.ts';
import { BASEMAP_PROTOCOL } from './sources.ts';
import { openArchive, tileProtocol } from './tile-protocol.ts';
import { TILES_PROTOCOL, archiveUrl } from './tiles.ts';

declare const self: { addProtocol(name: string, action: AddProtocolAction): void };

// The page's base: the worker's own file is elsewhere under it.
const base = new URL(import.meta.env.BASE_URL, location.href).href;

// The module starts MapLibre's worker as it runs (`self.worker`). The package marks its files
// free of side effects, so a bare import would be dropped: its export is used to keep it.
if (typeof MaplibreWorker !== 'function') throw new Error("MapLibre's worker module did not load");
self.addProtocol(TILES_PROTOCOL, tileProtocol);
self.addProtocol(BASEMAP_PROTOCOL, basemapProtocol(base));
// The archive's header and root directory are read while the map is still being built.
openArchive(archiveUrl(base));
