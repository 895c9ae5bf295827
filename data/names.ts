/**
 * Names of countries and places in each of the atlas's languages: the schema of the reviewed
 * table (data/place-names.json), of the file the build writes from it and i18n-iso-countries
 * (public/generated/names.json, by geo/build-names.ts), and the pure lookups the app uses.
 * Pure: no file system; the app validates the generated file with these schemas when it reads it.
 */
import * as v from 'valibot';
import { EntityIdSchema, Iso3Schema } from './schema.ts';

/**
 * The languages names are kept in: the app's locales (src/i18n/locales.ts), spelled out here
 * because the build never imports the app.
 */
export type NameLocale = 'en' | 'lv' | 'lt';

const NonEmptyString = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
/** A place's names in one language: the first is what a label shows, the rest what search finds. */
const Spellings = v.pipe(v.array(NonEmptyString), v.minLength(1, 'must list at least one name'));

export const PlaceNamesFileSchema = v.strictObject({
  reference: NonEmptyString,
  countries: v.record(
    Iso3Schema,
    v.strictObject({ lv: NonEmptyString, lt: NonEmptyString, source: NonEmptyString }),
  ),
  places: v.record(
    EntityIdSchema,
    v.strictObject({
      lv: v.optional(Spellings),
      lt: v.optional(Spellings),
      source: NonEmptyString,
    }),
  ),
});
export type PlaceNamesFile = v.InferOutput<typeof PlaceNamesFileSchema>;

/** One country or place: its English name, and its names in Latvian and Lithuanian, if any. */
export const LocalNamesSchema = v.strictObject({
  en: NonEmptyString,
  lv: v.array(NonEmptyString),
  lt: v.array(NonEmptyString),
});
export type LocalNames = v.InferOutput<typeof LocalNamesSchema>;

export const NamesSchema = v.object({
  generated: v.string(),
  /** Every country the map labels, by its basemap id. */
  countries: v.record(v.string(), LocalNamesSchema),
  /** The gazetteer's places that have a name of their own in Latvian or Lithuanian. */
  places: v.record(EntityIdSchema, LocalNamesSchema),
  /** GeoNames id of a tile town → the gazetteer city it is (the tiles carry no gazetteer id). */
  towns: v.record(v.pipe(v.string(), v.regex(/^\d+$/, 'must be a GeoNames id')), EntityIdSchema),
});
export type Names = v.InferOutput<typeof NamesSchema>;

export { countryName, otherSpellings, placeName } from './name-lookup.ts';
