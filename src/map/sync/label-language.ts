/**
 * The map's labels in the chosen language, set on the running map layer by layer
 * (setLayoutProperty on `text-field`), so a language switch neither reloads the style nor loses
 * the view, the selection or the loaded tiles. The names arrive on first need (src/data/names.ts);
 * English needs none.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { loadNames, type Names } from '../../data/names.ts';
import type { Locale } from '../../i18n/locales.ts';
import { labelTextFields } from '../label-language.ts';

/** Sets every label's text in `locale` now, with the names given. */
export function setLabelLanguage(
  map: MaplibreMap,
  style: StyleSpecification,
  names: Names,
  locale: Locale,
): void {
  if (!map.style) return;
  for (const [id, field] of labelTextFields(style, names, locale)) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', field as never);
  }
}

const NO_NAMES: Names = { generated: '', countries: {}, places: {}, towns: {} };

/**
 * Draws the labels of `style` (the style the map was built with) in `locale`, once the names have
 * arrived; the teardown drops a switch still waiting for them. A names file that cannot be read
 * leaves the labels as they are.
 */
export function syncLabelLanguage(
  map: MaplibreMap,
  style: StyleSpecification,
  locale: Locale,
  base: string,
): () => void {
  let current = true;
  if (locale === 'en') setLabelLanguage(map, style, NO_NAMES, locale);
  else
    loadNames(base).then(
      (names) => current && setLabelLanguage(map, style, names, locale),
      (error: unknown) => console.warn(`Map labels stay as they are: ${String(error)}`),
    );
  return () => {
    current = false;
  };
}
