import type { MapView } from './url.ts';

/**
 * The Baltic states and their neighbours, as a first view on a desktop or a phone. A module of its
 * own, importing nothing of the app, so the bench (in Node) can read it too.
 */
export const DEFAULT_VIEW: MapView = { zoom: 4.2, lat: 57, lng: 21 };
