/** The atlas's languages. English is the default, which a link does not write. */
export const LOCALES = ['en', 'lv', 'lt'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  lv: 'Latviešu',
  lt: 'Lietuvių',
};
