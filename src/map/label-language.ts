/**
 * Map labels in a language, as style expressions: each symbol layer's `text-field` with its
 * `['get', 'name']` replaced by a `match` on the feature's id that gives the name in that
 * language, falling back to the feature's own name. Country labels match on the basemap's id,
 * the layers' points on the place id, the tiles' towns on their GeoNames id (only the gazetteer
 * cities that have a name of their own; every other town keeps its local spelling). The tiles
 * and the generated GeoJSON stay as they are: names join at style level. Pure, but for the
 * layers' notes ("2 attachés"), which are in the interface's language (t()).
 * Style spec: https://maplibre.org/maplibre-style-spec/expressions/#match
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { placeName } from '../../data/name-lookup.ts';
import type { Names } from '../../data/names.ts';
import type { Locale } from '../i18n/locales.ts';
import { LAYERS } from '../layers/index.ts';
import { COUNTRY_SOURCE, POINT_SOURCE } from './sources.ts';
import { LIGHT } from './theme.ts';
import { TILES_SOURCE } from './tiles.ts';

const OWN_NAME: ExpressionSpecification = ['get', 'name'];

function matchOn(
  key: ExpressionSpecification,
  pairs: readonly (readonly [string | number, string])[],
): ExpressionSpecification {
  // A match needs at least one label; with none, every feature keeps its own name.
  if (pairs.length === 0) return OWN_NAME;
  return ['match', key, ...pairs.flat(), OWN_NAME] as unknown as ExpressionSpecification;
}

/** What a symbol layer of each source draws for a feature's name, in the locale. */
export function nameExpressions(
  names: Names,
  locale: Locale,
): Record<string, ExpressionSpecification> {
  if (locale === 'en') {
    return { [COUNTRY_SOURCE]: OWN_NAME, [POINT_SOURCE]: OWN_NAME, [TILES_SOURCE]: OWN_NAME };
  }
  const countries = Object.entries(names.countries).map(
    ([id, entry]) => [id, entry[locale][0] ?? entry.en] as const,
  );
  const places = Object.keys(names.places).flatMap((id) => {
    const name = placeName(names, id, locale);
    return name === undefined ? [] : [[id, name] as const];
  });
  const towns = Object.entries(names.towns).flatMap(([geonames, id]) => {
    const own = names.places[id]?.[locale][0];
    return own === undefined ? [] : [[Number(geonames), own] as const];
  });
  return {
    [COUNTRY_SOURCE]: matchOn(['get', 'id'], countries),
    [POINT_SOURCE]: matchOn(['get', 'id'], places),
    [TILES_SOURCE]: matchOn(['get', 'geonames'], towns),
  };
}

const isOwnName = (value: unknown): boolean =>
  Array.isArray(value) && value.length === 2 && value[0] === 'get' && value[1] === 'name';

function replaceOwnName(value: unknown, name: ExpressionSpecification): unknown {
  if (isOwnName(value)) return name;
  return Array.isArray(value) ? value.map((item) => replaceOwnName(item, name)) : value;
}

/**
 * The layers' own label fields as they build them now: the line under a name ("2 attachés") is
 * in the interface's language, whichever it was when the map's style was built.
 */
function layerTextFields(): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const layer of LAYERS) {
    for (const symbol of layer.style(LIGHT).symbols ?? []) {
      if (symbol.type === 'symbol') fields.set(symbol.id, symbol.layout?.['text-field']);
    }
  }
  return fields;
}

/**
 * The `text-field` of every symbol layer of `style` (the style as built, in English) that draws
 * a name, in the locale; in English, the style's own. A layer's note is in the interface's
 * language (t(), read now).
 */
export function labelTextFields(
  style: StyleSpecification,
  names: Names,
  locale: Locale,
): Map<string, unknown> {
  const expressions = nameExpressions(names, locale);
  const current = layerTextFields();
  const fields = new Map<string, unknown>();
  for (const layer of style.layers) {
    if (layer.type !== 'symbol') continue;
    const field: unknown = current.get(layer.id) ?? layer.layout?.['text-field'];
    const name = expressions[layer.source];
    if (field === undefined || name === undefined) continue;
    fields.set(layer.id, replaceOwnName(field, name));
  }
  return fields;
}
