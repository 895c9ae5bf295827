/**
 * Creates the MapLibre map. MapLibre is imported here, dynamically, so the app shell (search,
 * lists, panels) works before the map's 440 KB have arrived.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { MapView } from '../state/url.ts';
import { drawIcon } from './icons.ts';

export class MapUnavailableError extends Error {}

const NO_WEBGL = "This browser can't draw the map: WebGL 2 is unavailable.";

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  view: MapView;
  attribution: string[];
}

export async function createMap(options: CreateMapOptions): Promise<MaplibreMap> {
  // A browser without WebGL 2 at all is told before MapLibre downloads. One that has the API but
  // cannot make a context (GPU blocked, --disable-3d-apis) is told when MapLibre fails to, below:
  // a test context made here first would cost a whole context set-up (0.6 s in software GL).
  if (typeof WebGL2RenderingContext === 'undefined') throw new MapUnavailableError(NO_WEBGL);
  const [maplibre, workerUrl] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
    // Labels are drawn from the web font, so it must be ready before the first symbols are laid out.
    document.fonts.load('16px "Noto Sans"', 'ĀāŠšŽžĖėĄąÄäÕõÖöÜü'),
  ]);
  maplibre.setWorkerUrl(workerUrl);

  let map: MaplibreMap;
  try {
    map = new maplibre.Map({
      container: options.container,
      style: options.style,
      center: [options.view.lng, options.view.lat],
      zoom: options.view.zoom,
      attributionControl: false,
      // Rotation by accident on touch is confusing; the compass still resets bearing.
      dragRotate: false,
      touchPitch: false,
      maxPitch: 0,
      // Labels appear without fading in: a fade holds the map's first idle back by its length.
      fadeDuration: 0,
      cooperativeGestures: false,
      locale: {
        // The page's section is the "Map" region; the canvas inside it gets its own name.
        'Map.Title': 'Map canvas: drag to pan, use the arrow keys and + or − to move',
        // Drag rotation is off (above), so the compass only resets.
        'NavigationControl.ResetBearing': 'Reset bearing to north',
      },
    });
  } catch (error) {
    // MapLibre throws when the browser will not give it a WebGL 2 context.
    if (/webgl/i.test(String(error))) throw new MapUnavailableError(NO_WEBGL);
    throw error;
  }
  // The point layers' icons are drawn on demand; set before the style asks for its first image.
  map.setMissingStyleImageResolver((id) => {
    const icon = drawIcon(id, 2);
    if (icon && !map.hasImage(id)) map.addImage(id, icon, { pixelRatio: 2 });
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  map.addControl(new maplibre.NavigationControl({ showCompass: true, visualizePitch: false }));
  // Top left: the attribution needs the whole bottom edge on a phone.
  map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'top-left');
  map.addControl(
    new maplibre.AttributionControl({ compact: false, customAttribution: options.attribution }),
    'bottom-right',
  );

  map.once('load', () => performance.mark('map-load'));
  map.once('idle', () => performance.mark('map-idle'));
  return map;
}
