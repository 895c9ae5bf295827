/**
 * What the rest of the app may ask of the map without holding it, handed down through Svelte's
 * context: App provides it, MapView (the map's only owner) fills it in once the style has loaded
 * and clears it when the map goes, and a panel reads it with a getter that throws when no
 * provider is above it, so a missing provider is a clear error, not a silent no-op.
 */
import { getContext, setContext } from 'svelte';
import type { ImageSizeId } from '../export/image-layout.ts';
import type { MapImage } from './export-map.ts';

export class MapHandle {
  /**
   * True once the map has drawn its first view or could not start: what the first view does not
   * show waits for it, so it doesn't compete with the map for the network and the main thread.
   */
  settled = $state(false);
  /**
   * The current view as a PNG of the chosen size with a title, the legend and the sources, drawn
   * by a hidden map of its own; null until the map is ready.
   */
  exportImage = $state.raw<((size: ImageSizeId) => Promise<MapImage>) | null>(null);
  /**
   * Draws the current view, cropped around the selection, into a canvas for the printed page, at
   * once; false when there was nothing to draw. Null until the map is ready.
   */
  drawForPrint = $state.raw<((target: HTMLCanvasElement) => boolean) | null>(null);
}

const KEY = Symbol('map-handle');

export function provideMapHandle(): MapHandle {
  return setContext(KEY, new MapHandle());
}

export function getMapHandle(): MapHandle {
  const handle = getContext<MapHandle | undefined>(KEY);
  if (!handle) throw new Error('getMapHandle: no MapHandle provided (App provides it)');
  return handle;
}
