/**
 * The names of countries and places in each language (public/generated/names.json, written by
 * geo/build-names.ts), fetched when first needed: a page in English that never searches does not
 * load them. Read entry by entry, so one bad entry is left out (and named on the console) while
 * the rest is used.
 */
import * as v from 'valibot';
import { LocalNamesSchema, type NameLocale, type Names } from '../../data/names.ts';
import { EntityIdSchema } from '../../data/schema.ts';
import type { Locale } from '../i18n/locales.ts';

export type { Names };
export { countryName, otherSpellings, placeName } from '../../data/names.ts';

// The data's languages are the app's: a locale added to one and not the other fails to compile.
const sameLocales: [Locale, NameLocale] extends [NameLocale, Locale] ? true : never = true;
void sameLocales;

const TownIdSchema = v.pipe(v.string(), v.regex(/^\d+$/));

function entries<T>(
  field: string,
  value: unknown,
  key: v.GenericSchema<string>,
  schema: v.GenericSchema<unknown, T>,
  problems: string[],
): Record<string, T> {
  const kept: Record<string, T> = {};
  if (typeof value !== 'object' || value === null) {
    problems.push(`${field}: must be an object`);
    return kept;
  }
  for (const [id, item] of Object.entries(value)) {
    const parsed = v.safeParse(schema, item);
    if (v.is(key, id) && parsed.success) kept[id] = parsed.output;
    else problems.push(`${field}.${id}`);
  }
  return kept;
}

/** Validates the fetched file; what is wrong is left out and listed in `problems`. */
export function readNames(json: unknown): { names: Names; problems: string[] } {
  const problems: string[] = [];
  const input = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const names: Names = {
    generated: typeof input['generated'] === 'string' ? input['generated'] : '',
    countries: entries('countries', input['countries'], v.string(), LocalNamesSchema, problems),
    places: entries('places', input['places'], EntityIdSchema, LocalNamesSchema, problems),
    towns: entries('towns', input['towns'], TownIdSchema, EntityIdSchema, problems),
  };
  return { names, problems };
}

let pending: Promise<Names> | undefined;

export function loadNames(base: string): Promise<Names> {
  pending ??= fetch(new URL('generated/names.json', base))
    .then((response) => {
      if (!response.ok) throw new Error(`The names could not be fetched (${response.status}).`);
      return response.json() as Promise<unknown>;
    })
    .then((json) => {
      const { names, problems } = readNames(json);
      if (problems.length > 0) console.warn(`names.json: left out ${problems.join(', ')}`);
      return names;
    });
  // Offline before the service worker had it: the next call tries again.
  pending.catch(() => (pending = undefined));
  return pending;
}
