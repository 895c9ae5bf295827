/**
 * Valibot schemas for every hand-written data file and for the generated fact base. Shapes and
 * field-level rules live here (ids, real calendar dates, coordinates in range); references between
 * files (a fact naming a gazetteer id, a span reading its quote) are checked in `factbase.ts`.
 * Pure: the browser app imports these to validate `factbase.json` when it fetches it.
 */
import * as v from 'valibot';

// ---------------------------------------------------------------------------------------------
// Identifiers

/** ISO 3166-1 alpha-3, which is also the basemap's feature id (Kosovo uses XKX). */
export const Iso3Schema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'),
);

/** Lowercase slug ids for everything that is not a country. */
export const SlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single hyphens)'),
);

/** A gazetteer id: a country's ISO3 code or a slug. */
export const EntityIdSchema = v.union([Iso3Schema, SlugSchema], 'must be an ISO3 code or a slug');

const NonEmptyString = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

// ---------------------------------------------------------------------------------------------
// Dates

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" strings that name a real calendar date. */
export function isRealPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (match === null) return false;
  const [, , month, day] = match;
  const year = Number(match[1]);
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone surprises.
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

export const PartialDateSchema = v.pipe(
  v.string(),
  v.check(
    isRealPartialDate,
    (issue) =>
      `${JSON.stringify(issue.input)} is not a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  ),
);

export const PrecisionSchema = v.picklist(['day', 'month', 'year']);
export type Precision = v.InferOutput<typeof PrecisionSchema>;

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export const DateRangeSchema = v.pipe(
  v.object({
    start: PartialDateSchema,
    end: v.optional(PartialDateSchema),
    precision: PrecisionSchema,
    /** US fiscal years (FY N runs from October N-1 to September N), as the State Department counts. */
    fiscal: v.optional(v.literal(true)),
  }),
  v.check(
    (d) => precisionOf(d.start) === d.precision,
    (issue) => `precision "${issue.input.precision}" does not match start "${issue.input.start}"`,
  ),
  // Same-form strings compare correctly as text, so "end before start" is a string comparison.
  v.check(
    (d) => d.end === undefined || (d.end.length === d.start.length && d.end >= d.start),
    'end must have the same form as start and must not be before it',
  ),
);
export type DateRange = v.InferOutput<typeof DateRangeSchema>;

// ---------------------------------------------------------------------------------------------
// Documents

const Offset = v.pipe(v.number(), v.integer('must be an integer'), v.minValue(0, 'must be ≥ 0'));

/** A passage of the document itself: the quote must read the same at its span. */
const OwnPassageSchema = v.pipe(
  v.object({ start: Offset, end: Offset, quote: NonEmptyString }),
  v.check((e) => e.end > e.start, 'end must be greater than start'),
);

/**
 * When a document was written, as far as its text establishes it: published on a date its text
 * gives (`published`), or not dated but written no earlier than the latest event it reports
 * (`written-after`), or with no date at all (`undated`). "Currently" in it means as of this date.
 */
export const DocumentDateSchema = v.variant('kind', [
  v.object({
    kind: v.literal('published'),
    date: PartialDateSchema,
    basis: NonEmptyString,
    evidence: v.pipe(v.array(OwnPassageSchema), v.minLength(1, 'must cite the passage')),
  }),
  v.object({
    kind: v.literal('written-after'),
    date: PartialDateSchema,
    basis: NonEmptyString,
    evidence: v.pipe(v.array(OwnPassageSchema), v.minLength(1, 'must cite the passage')),
  }),
  v.object({ kind: v.literal('undated'), basis: NonEmptyString }),
]);
export type DocumentDate = v.InferOutput<typeof DocumentDateSchema>;

const LanguageTagSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 tag'),
);

/** A stretch [start, end) of a document in one language; `opening` is how it begins, checked. */
export const LanguagePartSchema = v.object({
  start: Offset,
  end: Offset,
  language: LanguageTagSchema,
  opening: NonEmptyString,
});
export type LanguagePart = v.InferOutput<typeof LanguagePartSchema>;

export const DocumentMetaSchema = v.object({
  id: SlugSchema,
  file: NonEmptyString,
  title: NonEmptyString,
  publisher: NonEmptyString,
  languages: v.pipe(v.array(LanguageTagSchema), v.minLength(1, 'must list at least one language')),
  /**
   * Stretches of the text in another of its languages than the first, paragraph by paragraph
   * (the Latvian paragraphs of an English page), so a screen reader reads each in its own.
   */
  parts: v.optional(v.array(LanguagePartSchema)),
  country: Iso3Schema,
  kind: v.literal('retrieved web page'),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256')),
  date: DocumentDateSchema,
  retrieved: v.object({
    /** The latest the page can have been retrieved, and what shows it. */
    notAfter: PartialDateSchema,
    basis: NonEmptyString,
  }),
  /** The page's address, only where a public reference establishes it. */
  address: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
});
export type DocumentMeta = v.InferOutput<typeof DocumentMetaSchema>;
export const DocumentsFileSchema = v.array(DocumentMetaSchema);

// ---------------------------------------------------------------------------------------------
// Gazetteer

export const KINDS = [
  'country',
  'city',
  'air-base',
  'efp-site',
  'attache-residence',
  'summit-venue',
  'nato-institution',
  'mission-area',
  'organisation',
] as const;
export const KindSchema = v.picklist(KINDS);
export type Kind = v.InferOutput<typeof KindSchema>;

/** [longitude, latitude] in degrees, as GeoJSON orders them. */
export const CoordinatesSchema = v.tuple([
  v.pipe(
    v.number(),
    v.finite(),
    v.minValue(-180, 'longitude must be ≥ -180'),
    v.maxValue(180, 'longitude must be ≤ 180'),
  ),
  v.pipe(
    v.number(),
    v.finite(),
    v.minValue(-90, 'latitude must be ≥ -90'),
    v.maxValue(90, 'latitude must be ≤ 90'),
  ),
]);

export const EntitySchema = v.pipe(
  v.object({
    id: EntityIdSchema,
    name: NonEmptyString,
    variants: v.array(NonEmptyString),
    kinds: v.pipe(v.array(KindSchema), v.minLength(1, 'must name at least one kind')),
    country: v.optional(Iso3Schema),
    coordinates: v.optional(CoordinatesSchema),
    note: v.optional(v.string()),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const e = dataset.value;
    const isCountry = e.kinds.includes('country');
    const isOrganisation = e.kinds.includes('organisation');
    const fail = (key: 'id' | 'country' | 'coordinates', message: string): void =>
      addIssue({
        message,
        path: [
          { type: 'object', origin: 'value', input: dataset.value, key, value: dataset.value[key] },
        ],
      });
    if (isCountry) {
      if (!/^[A-Z]{3}$/.test(e.id)) fail('id', 'a country id must be its ISO3 code');
      if (e.country !== e.id) fail('country', 'a country entry names itself as its country');
      if (e.coordinates !== undefined)
        fail('coordinates', 'countries have no point (the basemap draws them)');
    } else {
      if (!/^[a-z]/.test(e.id)) fail('id', 'only countries take ISO3 ids');
      if (!isOrganisation && e.country === undefined) fail('country', 'required for a place');
      if (!isOrganisation && e.coordinates === undefined)
        fail('coordinates', 'required for a place');
    }
  }),
);
export type Entity = v.InferOutput<typeof EntitySchema>;
export const GazetteerFileSchema = v.object({
  reference: NonEmptyString,
  entries: v.array(EntitySchema),
});

// ---------------------------------------------------------------------------------------------
// Facts

export const TOPICS = [
  'membership',
  'air-policing',
  'efp',
  'operations',
  'attaches',
  'funding',
  'agreements',
  'summits',
  'institutions',
  'partners',
  'policy',
  'history',
] as const;
export const TopicSchema = v.picklist(TOPICS);
export type Topic = v.InferOutput<typeof TopicSchema>;

export const FigureSchema = v.object({
  value: v.pipe(v.number(), v.finite()),
  unit: NonEmptyString,
  currency: v.optional(v.picklist(['EUR', 'USD'])),
  qualifier: v.optional(v.picklist(['more than', 'approximately', 'over', 'almost'])),
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const EvidenceSchema = v.pipe(
  v.object({ doc: SlugSchema, start: Offset, end: Offset, quote: NonEmptyString }),
  v.check((e) => e.end > e.start, 'end must be greater than start'),
);
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

export const FactSchema = v.object({
  id: SlugSchema,
  statement: NonEmptyString,
  date: v.optional(DateRangeSchema),
  /** The statement holds as of its document's date ("currently", "today", "for 14 years"). */
  asOf: v.optional(v.literal(true)),
  figures: v.optional(v.array(FigureSchema)),
  entities: v.pipe(v.array(EntityIdSchema), v.minLength(1, 'must name at least one entity')),
  topic: TopicSchema,
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1, 'must cite at least one passage')),
});
export type Fact = v.InferOutput<typeof FactSchema>;
export const FactsFileSchema = v.object({ facts: v.array(FactSchema) });

// ---------------------------------------------------------------------------------------------
// Background reference data

const Reference = NonEmptyString;
const FactIds = v.array(SlugSchema);

/** Where a claim comes from: a cited fact, or a named public reference (background data). */
export const SourceSchema = v.union(
  [v.strictObject({ fact: SlugSchema }), v.strictObject({ background: NonEmptyString })],
  'must be { "fact": <fact id> } or { "background": <named reference> }',
);
export type Source = v.InferOutput<typeof SourceSchema>;

const KnownBoundSchema = v.pipe(
  v.strictObject({ date: PartialDateSchema, precision: PrecisionSchema, source: SourceSchema }),
  v.check(
    (b) => precisionOf(b.date) === b.precision,
    (issue) => `precision "${issue.input.precision}" does not match date "${issue.input.date}"`,
  ),
);

/**
 * When a feature existed. A start is a date; or unknown, with only a document saying it held "as
 * of" its own date (`asOf`); or unknown but before a date (`before`). No end means the sources
 * know of none; an end is a date, or unknown but before one.
 */
export const SpanSchema = v.strictObject({
  start: v.union(
    [
      KnownBoundSchema,
      v.strictObject({ asOf: SlugSchema, source: SourceSchema }),
      v.strictObject({ before: PartialDateSchema, source: SourceSchema }),
    ],
    'start must be { date, precision, source }, { asOf: <document>, source } or { before, source }',
  ),
  end: v.optional(
    v.union(
      [KnownBoundSchema, v.strictObject({ before: PartialDateSchema, source: SourceSchema })],
      'end must be { date, precision, source } or { before, source }',
    ),
  ),
});
export type Span = v.InferOutput<typeof SpanSchema>;
export type SpanBound = Span['start'] | NonNullable<Span['end']>;

export const MemberSchema = v.object({
  country: Iso3Schema,
  accession: v.pipe(
    PartialDateSchema,
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'accession must be a full YYYY-MM-DD date'),
  ),
  founder: v.boolean(),
  facts: FactIds,
});
export type Member = v.InferOutput<typeof MemberSchema>;
export const MembersFileSchema = v.object({ reference: Reference, members: v.array(MemberSchema) });

export const BattlegroupSchema = v.object({
  id: SlugSchema,
  host: Iso3Schema,
  site: SlugSchema,
  lead: Iso3Schema,
  leadSource: SourceSchema,
  contributors: v.array(Iso3Schema),
  contributorsSource: v.optional(SourceSchema),
  span: SpanSchema,
  facts: FactIds,
});
export type Battlegroup = v.InferOutput<typeof BattlegroupSchema>;
export const EfpFileSchema = v.object({
  reference: Reference,
  battlegroups: v.array(BattlegroupSchema),
});

export const ResidenceSchema = v.object({
  city: SlugSchema,
  attaches: v.pipe(v.number(), v.integer(), v.minValue(1, 'a residence has at least one attaché')),
  countries: v.pipe(v.array(Iso3Schema), v.minLength(1, 'must name at least one country')),
  span: SpanSchema,
  facts: FactIds,
});
export type Residence = v.InferOutput<typeof ResidenceSchema>;
export const AttachesFileSchema = v.object({
  reference: Reference,
  residences: v.array(ResidenceSchema),
});

export const AirPolicingBaseSchema = v.object({
  base: SlugSchema,
  host: Iso3Schema,
  role: NonEmptyString,
  /** The role in the interface's other languages: the project's own translations of `role`. */
  roleTranslations: v.strictObject({ lv: NonEmptyString, lt: NonEmptyString }),
  roleSource: SourceSchema,
  span: SpanSchema,
  facts: FactIds,
});
export type AirPolicingBase = v.InferOutput<typeof AirPolicingBaseSchema>;
export const AirPolicingFileSchema = v.object({
  reference: Reference,
  bases: v.array(AirPolicingBaseSchema),
});

export const OperationSchema = v.object({
  id: SlugSchema,
  name: NonEmptyString,
  place: EntityIdSchema,
  organisation: v.optional(SlugSchema),
  participants: v.pipe(v.array(Iso3Schema), v.minLength(1, 'must name at least one participant')),
  span: SpanSchema,
  facts: FactIds,
});
export type Operation = v.InferOutput<typeof OperationSchema>;
export const OperationsFileSchema = v.object({
  reference: Reference,
  operations: v.array(OperationSchema),
});

export const SummitSchema = v.object({
  id: SlugSchema,
  name: NonEmptyString,
  place: SlugSchema,
  span: SpanSchema,
  facts: FactIds,
});
export type Summit = v.InferOutput<typeof SummitSchema>;

export const InstitutionSchema = v.object({
  id: SlugSchema,
  entity: SlugSchema,
  place: SlugSchema,
  span: SpanSchema,
  facts: FactIds,
});
export type Institution = v.InferOutput<typeof InstitutionSchema>;
export const SummitsFileSchema = v.object({
  reference: Reference,
  summits: v.array(SummitSchema),
  institutions: v.array(InstitutionSchema),
});

// ---------------------------------------------------------------------------------------------
// Generated output: public/generated/factbase.json

const Span = v.pipe(
  v.tuple([Offset, Offset]),
  v.check(([start, end]) => end > start, 'span end must be greater than its start'),
);

export const MentionSchema = v.object({
  entity: EntityIdSchema,
  doc: SlugSchema,
  sentence: Span,
  match: Span,
});
export type Mention = v.InferOutput<typeof MentionSchema>;

export const GeneratedDocumentSchema = v.object({
  ...DocumentMetaSchema.entries,
  chars: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sentences: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type GeneratedDocument = v.InferOutput<typeof GeneratedDocumentSchema>;

export const FactBaseSchema = v.object({
  generated: v.string(),
  references: v.record(v.string(), v.string()),
  documents: v.array(GeneratedDocumentSchema),
  entities: v.array(EntitySchema),
  facts: v.array(FactSchema),
  members: v.array(MemberSchema),
  efp: v.array(BattlegroupSchema),
  attaches: v.array(ResidenceSchema),
  airPolicing: v.array(AirPolicingBaseSchema),
  operations: v.array(OperationSchema),
  summits: v.array(SummitSchema),
  institutions: v.array(InstitutionSchema),
  mentions: v.array(MentionSchema),
});
export type FactBase = v.InferOutput<typeof FactBaseSchema>;
