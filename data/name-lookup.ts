/**
 * The lookups of names in each language (data/names.ts has the files' schemas). Apart from the
 * schemas, so the page's first chunk can look a name up without the schema library.
 */
import type { NameLocale, Names, LocalNames } from './names.ts';

function inLocale(entry: LocalNames | undefined, locale: NameLocale): string | undefined {
  if (entry === undefined) return undefined;
  return locale === 'en' ? entry.en : (entry[locale][0] ?? entry.en);
}

/** A country's name in a language ("Vācija"); undefined for an id the names do not know. */
export function countryName(names: Names, id: string, locale: NameLocale): string | undefined {
  return inLocale(names.countries[id], locale);
}

/**
 * A place's name in a language ("Viļņa"); undefined where the place has no name of its own in
 * any language but English, so the caller keeps the gazetteer's.
 */
export function placeName(names: Names, id: string, locale: NameLocale): string | undefined {
  return inLocale(names.places[id], locale);
}

/** Every Latvian and Lithuanian name of a country or place, for search: "Vokietija", "Šauļi". */
export function otherSpellings(names: Names, id: string): string[] {
  const entry = names.countries[id] ?? names.places[id];
  return entry === undefined ? [] : [...new Set([...entry.lv, ...entry.lt])];
}
