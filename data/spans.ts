/**
 * When each feature of the atlas existed, read from its span (data/schema.ts `SpanSchema`), and
 * when each document was written. Pure, so the build (points.geojson), the app (the timeline's
 * filter, Details, exports) and the tests read the same years.
 */
import type { DocumentMeta, FactBase, Member, Source, Span, SpanBound } from './schema.ts';

/** A document's date as "currently" in it means: its own date, or the latest it can be. */
export interface DocumentAsOf {
  /** The first year the document's "currently" can be: a claim as of it is drawn from then. */
  year: number;
  /** "2018", "2022 or later", "by November 2026 (undated; retrieved then)". */
  label: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "29 March 2004", "September 2015" or "2017", as precise as the source is. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The words a span and a document's "currently" are told in. English here, for the build and the
 * exports; the interface's language in src/format.ts, whose words are its format.* messages.
 */
export interface SpanWords {
  date: (date: string) => string;
  orLater: (date: string) => string;
  byRetrieval: (date: string) => string;
  unknownBefore: (date: string) => string;
  unknownAsOf: (label: string) => string;
  since: (date: string) => string;
  fromEnded: (date: string, ended: string) => string;
  start: (bound: string) => string;
  startEnded: (start: string, ended: string) => string;
}

export const ENGLISH_WORDS: SpanWords = {
  date: formatDate,
  orLater: (date) => `${date} or later`,
  byRetrieval: (date) => `its retrieval, by ${date}`,
  unknownBefore: (date) => `unknown, before ${date}`,
  unknownAsOf: (label) => `unknown; current as of ${label}`,
  since: (date) => `Since ${date}`,
  fromEnded: (date, ended) => `From ${date}; ended ${ended}`,
  start: (bound) => `Start ${bound}`,
  startEnded: (start, ended) => `${start}; ended ${ended}`,
};

type DatedDocument = Pick<DocumentMeta, 'date' | 'retrieved'>;

/** What "currently" in a document means: "2018", "2022 or later", "its retrieval, by …". */
export function asOfText(doc: DatedDocument, words: SpanWords = ENGLISH_WORDS): string {
  switch (doc.date.kind) {
    case 'published':
      return words.date(doc.date.date);
    case 'written-after':
      return words.orLater(words.date(doc.date.date));
    case 'undated':
      // With no date in the text, the retrieval is the only time the page is known to have said it.
      return words.byRetrieval(words.date(doc.retrieved.notAfter));
  }
}

export function documentAsOf(doc: DatedDocument): DocumentAsOf {
  const date = doc.date.kind === 'undated' ? doc.retrieved.notAfter : doc.date.date;
  return { year: yearOf(date), label: asOfText(doc) };
}

type Documents = ReadonlyMap<string, DatedDocument>;

/** The years a feature is drawn in: none where the sources support no year. */
export interface ShownYears {
  from: number;
  /** The last year, or none while the sources know of no end. */
  until?: number;
}

/**
 * A feature is drawn from the first year its sources show it existing to the last: a known start,
 * or for an unknown start the date of the document that calls it current; never where the start
 * is only known to be before some date (no year is then supported).
 */
export function shownYears(span: Span, documents: Documents): ShownYears | null {
  const start = span.start;
  let from: number;
  if ('date' in start) from = yearOf(start.date);
  else if ('asOf' in start) {
    const doc = documents.get(start.asOf);
    if (doc === undefined) return null;
    from = documentAsOf(doc).year;
  } else return null;
  const end = span.end;
  if (end === undefined) return { from };
  const until = 'date' in end ? yearOf(end.date) : yearOf(end.before) - 1;
  return until < from ? null : { from, until };
}

export function isShownIn(years: ShownYears | null, year: number): boolean {
  return years !== null && years.from <= year && (years.until === undefined || year <= years.until);
}

export const startIsKnown = (span: Span): boolean => 'date' in span.start;

/** "29 March 2004", "unknown (current as of 2022 or later)", "unknown, before 29 March 2004". */
export function boundText(
  bound: SpanBound,
  documents: Documents,
  words: SpanWords = ENGLISH_WORDS,
): string {
  if ('date' in bound) return words.date(bound.date);
  if ('before' in bound) return words.unknownBefore(words.date(bound.before));
  const doc = documents.get(bound.asOf);
  return words.unknownAsOf(doc ? asOfText(doc, words) : bound.asOf);
}

/** A span as one line: "Since 2017", "2005 – 2013", "Start unknown; current as of 2018". */
export function spanText(
  span: Span,
  documents: Documents,
  words: SpanWords = ENGLISH_WORDS,
): string {
  const { start, end } = span;
  if ('date' in start) {
    if (end === undefined) return words.since(words.date(start.date));
    if ('date' in end) {
      if (end.date === start.date) return words.date(start.date);
      return `${words.date(start.date)} – ${words.date(end.date)}`;
    }
    return words.fromEnded(words.date(start.date), boundText(end, documents, words));
  }
  const from = words.start(boundText(start, documents, words));
  if (end === undefined) return from;
  return words.startEnded(from, boundText(end, documents, words));
}

/** Each source a span names, start first. */
export function spanSources(span: Span): [Source, ...Source[]] {
  return span.end === undefined ? [span.start.source] : [span.start.source, span.end.source];
}

/** A member's span: from its accession, which the members file's reference gives. */
export function memberSpan(member: Member, reference: string): Span {
  return {
    start: { date: member.accession, precision: 'day', source: { background: reference } },
  };
}

/** Every span in the fact base, named by its collection and record, for checks and tests. */
export function allSpans(base: FactBase): { collection: string; id: string; span: Span }[] {
  return [
    ...base.members.map((m) => ({
      collection: 'members',
      id: m.country,
      span: memberSpan(m, base.references['members'] ?? 'members'),
    })),
    ...base.efp.map((r) => ({ collection: 'efp', id: r.id, span: r.span })),
    ...base.attaches.map((r) => ({ collection: 'attaches', id: r.city, span: r.span })),
    ...base.airPolicing.map((r) => ({ collection: 'airPolicing', id: r.base, span: r.span })),
    ...base.operations.map((r) => ({ collection: 'operations', id: r.id, span: r.span })),
    ...base.summits.map((r) => ({ collection: 'summits', id: r.id, span: r.span })),
    ...base.institutions.map((r) => ({ collection: 'institutions', id: r.id, span: r.span })),
  ];
}
