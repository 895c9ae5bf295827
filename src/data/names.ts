/**
 * The names of countries and places in each language (public/generated/names.json, written by
 * geo/build-names.ts), fetched when first needed: a page in English that never searches does not
 * load them, nor their checks (src/data/read-names.ts), which come beside the file.
 */
import type { NameLocale, Names } from '../../data/names.ts';
import type { Locale } from '../i18n/locales.ts';
import { readersChunk } from './readers-chunk.ts';

export type { Names };
export { countryName, otherSpellings, placeName } from '../../data/name-lookup.ts';

// The data's languages are the app's: a locale added to one and not the other fails to compile.
const sameLocales: [Locale, NameLocale] extends [NameLocale, Locale] ? true : never = true;
void sameLocales;

let pending: Promise<Names> | undefined;

export function loadNames(base: string): Promise<Names> {
  pending ??= fetchNames(base);
  // Offline before the service worker had it: the next call tries again.
  pending.catch(() => (pending = undefined));
  return pending;
}

async function fetchNames(base: string): Promise<Names> {
  const reader = readersChunk();
  const response = await fetch(new URL('generated/names.json', base));
  if (!response.ok) throw new Error(`The names could not be fetched (${response.status}).`);
  const json: unknown = await response.json();
  const { names, problems } = (await reader).readNames(json);
  if (problems.length > 0) console.warn(`names.json: left out ${problems.join(', ')}`);
  return names;
}
