/**
 * Checks the fetched names file (public/generated/names.json) entry by entry, so one bad entry is
 * left out (and named by the caller) while the rest is used.
 */
import * as v from 'valibot';
import { LocalNamesSchema, type Names } from '../../data/names.ts';
import { EntityIdSchema } from '../../data/schema.ts';

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
