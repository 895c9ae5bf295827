/**
 * The language the interface is shown in, and its messages. English is bundled; Latvian and
 * Lithuanian are chunks fetched when first chosen, so `show` resolves once they have arrived and
 * the interface switches in one step, never half translated.
 */
import english from 'virtual:messages/en';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales.ts';
import type { MessageKey, MessageParams } from './keys.ts';

type Catalog = Record<string, (params?: MessageParams) => string>;

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalog }>> = {
  lv: () => import('virtual:messages/lv'),
  lt: () => import('virtual:messages/lt'),
};

class Interface {
  /** The language on screen: it follows the chosen one once its messages have loaded. */
  locale = $state<Locale>(DEFAULT_LOCALE);
  catalog = $state.raw<Catalog>(english);
}

export const ui = new Interface();
const loaded = new Map<Locale, Catalog>([['en', english]]);

/** The message `key` in the language on screen. */
export function t(key: MessageKey, params?: MessageParams): string {
  const message = ui.catalog[key] ?? english[key];
  return message ? message(params) : key;
}

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const catalog = (await LOADERS[locale as Exclude<Locale, 'en'>]()).default;
  loaded.set(locale, catalog);
  return catalog;
}

/** Shows the interface in `locale`, once its messages are here. */
export function showCatalog(locale: Locale, catalog: Catalog): void {
  ui.catalog = catalog;
  ui.locale = locale;
}

/**
 * The first of the reader's preferred languages that the atlas speaks, by primary subtag
 * ("lv-LV" is Latvian), or English.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

export { LOCALES };
