/**
 * The map's own words in the interface's language: the canvas's accessible name, MapLibre's zoom
 * buttons and its cooperative-gesture hint (through the map's `locale` option at creation), the
 * reset button and the attribution's "Map:". MapLibre reads its strings once, when a control is
 * added, and has no way to change them after; so a language switch relabels the controls it made,
 * by their classes, on the running map.
 * API: https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { t } from '../../i18n/i18n.svelte.ts';

export interface MapWords {
  /** MapLibre's UI strings the atlas's map shows, by MapLibre's key. */
  locale: Record<string, string>;
  resetView: string;
  attribution: string;
}

/** The words, in the language on screen (reactive where t() is). */
export function mapWords(): MapWords {
  return {
    locale: {
      // The page's section is the "Map" region; the canvas inside it gets its own name.
      'Map.Title': t('map.canvasLabel'),
      'NavigationControl.ZoomIn': t('map.zoomIn'),
      'NavigationControl.ZoomOut': t('map.zoomOut'),
      'CooperativeGesturesHandler.WindowsHelpText': t('map.gestureCtrl'),
      'CooperativeGesturesHandler.MacHelpText': t('map.gestureMac'),
      'CooperativeGesturesHandler.MobileHelpText': t('map.gestureTouch'),
    },
    resetView: t('map.resetView'),
    attribution: t('map.attribution'),
  };
}

/** Class names of the elements the atlas gives its own words (see create-map.ts). */
export const RESET_BUTTON_CLASS = 'atlas-reset-view';
export const ATTRIBUTION_LABEL_CLASS = 'atlas-attrib-label';
export const ATTRIBUTION_SOURCE_CLASS = 'atlas-attrib-source';

function label(element: Element | null, text: string): void {
  if (!element) return;
  element.setAttribute('title', text);
  element.setAttribute('aria-label', text);
}

/** Gives the running map's controls the words of `words`. */
export function relabelMap(map: MaplibreMap, words: MapWords, sources: readonly string[]): void {
  const container = map.getContainer();
  const { locale } = words;
  map.getCanvas().setAttribute('aria-label', locale['Map.Title']!);
  label(container.querySelector('.maplibregl-ctrl-zoom-in'), locale['NavigationControl.ZoomIn']!);
  label(container.querySelector('.maplibregl-ctrl-zoom-out'), locale['NavigationControl.ZoomOut']!);
  label(container.querySelector(`.${RESET_BUTTON_CLASS}`), words.resetView);
  const attribution = container.querySelector(`.${ATTRIBUTION_LABEL_CLASS}`);
  if (attribution) attribution.textContent = words.attribution;
  const sourceElements = container.querySelectorAll(`.${ATTRIBUTION_SOURCE_CLASS}`);
  sourceElements.forEach((element, i) => (element.textContent = sources[i] ?? ''));
  // MapLibre's own choice of hint (⌘ on a Mac, Ctrl elsewhere).
  const desktop = container.querySelector('.maplibregl-desktop-message');
  if (desktop) {
    desktop.textContent = navigator.userAgent.includes('Mac')
      ? locale['CooperativeGesturesHandler.MacHelpText']!
      : locale['CooperativeGesturesHandler.WindowsHelpText']!;
  }
  const touch = container.querySelector('.maplibregl-mobile-message');
  if (touch) touch.textContent = locale['CooperativeGesturesHandler.MobileHelpText']!;
}
