/**
 * Creates the MapLibre map. MapLibre is imported here, dynamically, so the app shell (search,
 * lists, panels) works before the map's library, by far the largest download, has arrived.
 */
import type { IControl, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
// MapLibre's worker with the basemap's protocols in it. A static import of the URL is a string
// in this chunk; a dynamic one was a chunk of its own, one more round trip before the map could
// start.
import workerUrl from './maplibre-worker.ts?worker&url';
import type { MapView } from '../state/url.ts';
import { afterNextPaint, nextTurn } from '../schedule.ts';
import { drawIcon } from './icons.ts';
import {
  ATTRIBUTION_LABEL_CLASS,
  ATTRIBUTION_SOURCE_CLASS,
  RESET_BUTTON_CLASS,
  type MapWords,
} from './sync/ui-language.ts';

export class MapUnavailableError extends Error {}

/**
 * The attribution, drawn once. MapLibre's AttributionControl rebuilds itself and reads the
 * page's layout on every source event, dozens of times during the first load (forced layout in
 * the bench's time to idle); ours never changes, so it is written once, in the same
 * markup and classes as MapLibre's (its CSS places it).
 */
function staticAttribution(sources: string[], newTab: boolean, label: string): IControl {
  const container = document.createElement('div');
  container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
  const inner = document.createElement('div');
  inner.className = 'maplibregl-ctrl-attrib-inner';
  const link = (href: string, text: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.rel = 'noopener';
    // In another page's frame a followed link would replace the map inside the frame.
    if (newTab) a.target = '_blank';
    a.textContent = text;
    return a;
  };
  // Its own element, so a language switch can reword it (sync/ui-language.ts).
  const prefix = document.createElement('span');
  prefix.className = ATTRIBUTION_LABEL_CLASS;
  prefix.textContent = label;
  inner.append(
    prefix,
    ' ',
    link('https://www.geonames.org/', 'GeoNames'),
    ' (CC BY 4.0), ',
    link('https://www.soest.hawaii.edu/pwessel/gshhg/', 'GSHHG'),
    ' (LGPL), ',
    link('https://www.naturalearthdata.com/', 'Natural Earth'),
    ...sources.flatMap((source) => {
      const span = document.createElement('span');
      span.className = ATTRIBUTION_SOURCE_CLASS;
      span.textContent = source;
      return [' | ', span];
    }),
  );
  container.append(inner);
  return {
    onAdd: () => container,
    onRemove: () => container.remove(),
  };
}

/**
 * A button in MapLibre's control style, for the map's own actions (reset the view...); `name` is
 * a class of its own, to find it by.
 */
export function buttonControl(
  label: string,
  iconPath: string,
  onClick: () => void,
  name?: string,
): IControl {
  const container = document.createElement('div');
  container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = name === undefined ? 'atlas-ctrl-button' : `atlas-ctrl-button ${name}`;
  button.title = label;
  button.setAttribute('aria-label', label);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', iconPath);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.8');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  button.append(svg);
  button.addEventListener('click', onClick);
  container.append(button);
  return { onAdd: () => container, onRemove: () => container.remove() };
}

/** How long a redraw asked for during the first load waits for more to arrive. */
const FIRST_LOAD_QUIET_MS = 60;
/** The longest it waits, so a view that keeps loading is still drawn as it comes. */
const FIRST_LOAD_MAX_WAIT_MS = 300;

/**
 * Until the map is first idle, a redraw waits until nothing new has arrived for a moment. MapLibre
 * redraws the whole map each time a tile, glyph range or file arrives: a dozen full frames during
 * the first load, each of which a slow phone spends 100 ms or more on, while the tiles still on
 * their way wait for the main thread. The first frame is drawn at once (it asks for the tiles),
 * and so are every frame of a pan or zoom meanwhile and the frame once the last of the view's
 * tiles and files is in.
 */
function drawFirstViewInFewFrames(map: MaplibreMap): void {
  const repaint = map.triggerRepaint.bind(map);
  let drawn = false;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  let firstAsked: number | undefined;
  map.triggerRepaint = () => {
    // The first frame at once, every frame of a move the reader makes meanwhile, and the frame
    // once everything the view needs is here: nothing is left to wait for.
    if (!drawn || map.isMoving() || map.isStyleLoaded()) {
      drawn = true;
      clearTimeout(waiting);
      firstAsked = undefined;
      repaint();
      return;
    }
    const now = performance.now();
    firstAsked ??= now;
    clearTimeout(waiting);
    const wait = Math.min(FIRST_LOAD_QUIET_MS, firstAsked + FIRST_LOAD_MAX_WAIT_MS - now);
    waiting = setTimeout(
      () => {
        firstAsked = undefined;
        repaint();
      },
      Math.max(0, wait),
    );
  };
  map.once('idle', () => {
    clearTimeout(waiting);
    map.triggerRepaint = drawStillMapAfterNextPaint(map, repaint);
  });
}

/**
 * After the first load, a redraw asked for while the map stands still (a click's or tap's
 * handlers, a hover's outline, a layer turned on) waits until the next frame has been painted.
 * MapLibre asks for a whole redraw on every pointer release, even one that moved nothing, and in
 * the frame that shows the click's answer that redraw holds the answer back. A frame of a pan, a
 * zoom or an animation is drawn at once.
 */
function drawStillMapAfterNextPaint(map: MaplibreMap, repaint: () => void): () => void {
  let cancel: (() => void) | undefined;
  return () => {
    if (map.isMoving()) {
      cancel?.();
      cancel = undefined;
      repaint();
      return;
    }
    cancel ??= afterNextPaint(() => {
      cancel = undefined;
      repaint();
    });
  };
}

/** A house: back to the first view. */
const HOME_ICON = 'M3.5 9.5 10 3.5l6.5 6M5.5 8v8h3.5v-4.5h2V16h3.5V8';

/** In English for the console; MapView shows the interface's words for it (map.noWebgl). */
const NO_WEBGL = "This browser can't draw the map: WebGL 2 is unavailable.";

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  view: MapView;
  attribution: string[];
  /** The map's own words, in the interface's language when the map is made. */
  words: MapWords;
  /** Back to the first view: the control under the zoom buttons. */
  onResetView: () => void;
  /**
   * In another page's frame: scrolling the page over the map scrolls the page (Ctrl + scroll or
   * two fingers move the map), links open in a new tab, and the scale leaves the top left corner
   * to the embed's title.
   */
  framed?: boolean;
}

export async function createMap(options: CreateMapOptions): Promise<MaplibreMap> {
  // A browser without WebGL 2 at all is told before MapLibre downloads. One that has the API but
  // cannot make a context (GPU blocked, --disable-3d-apis) is told when MapLibre fails to, below:
  // a test context made here first would cost a whole context set-up (0.6 s in software GL).
  if (typeof WebGL2RenderingContext === 'undefined') throw new MapUnavailableError(NO_WEBGL);
  const maplibre = await import('./maplibre-gl.ts');
  maplibre.setWorkerUrl(workerUrl);
  // MapLibre's evaluation and the map's constructor are two long tasks; a turn between them lets
  // the page answer a tap in between (total blocking time, npm run bench).
  await nextTurn();

  let map: MaplibreMap;
  // With map-load and map-idle below: where the first load's time goes (read by npm run bench).
  performance.mark('map-create');
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
      // The style is built by code that tests/unit/style.test.ts validates against the style
      // spec; validating it again on every load is main-thread time before the first frame.
      validateStyle: false,
      cooperativeGestures: options.framed === true,
      locale: options.words.locale,
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

  // No compass: the map cannot be rotated (above), so north is always up.
  map.addControl(new maplibre.NavigationControl({ showCompass: false }));
  map.addControl(
    buttonControl(options.words.resetView, HOME_ICON, options.onResetView, RESET_BUTTON_CLASS),
  );
  // Top left: the attribution needs the whole bottom edge on a phone. In a frame the embed's
  // title has the top left, so the scale goes under the zoom buttons.
  map.addControl(
    new maplibre.ScaleControl({ unit: 'metric' }),
    options.framed ? 'top-right' : 'top-left',
  );
  map.addControl(
    staticAttribution(options.attribution, options.framed === true, options.words.attribution),
    'bottom-right',
  );

  drawFirstViewInFewFrames(map);
  map.once('load', () => performance.mark('map-load'));
  map.once('idle', () => performance.mark('map-idle'));
  return map;
}
