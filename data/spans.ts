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

export function documentAsOf(doc: Pick<DocumentMeta, 'date' | 'retrieved'>): DocumentAsOf {
  switch (doc.date.kind) {
    case 'published':
      return { year: yearOf(doc.date.date), label: formatDate(doc.date.date) };
    case 'written-after':
      return { year: yearOf(doc.date.date), label: `${formatDate(doc.date.date)} or later` };
    case 'undated':
      // With no date in the text, the retrieval is the only time the page is known to have said it.
      return {
        year: yearOf(doc.retrieved.notAfter),
        label: `its retrieval, by ${formatDate(doc.retrieved.notAfter)}`,
      };
  }
}

/** How a document's date reads on its card and in a citation. */
export function documentDateText(doc: Pick<DocumentMeta, 'date' | 'retrieved'>): string {
  const retrieved = `retrieved by ${formatDate(doc.retrieved.notAfter)}`;
  switch (doc.date.kind) {
    case 'published':
      return `Published ${formatDate(doc.date.date)}; ${retrieved}`;
    case 'written-after':
      return `Undated, written ${formatDate(doc.date.date)} or later; ${retrieved}`;
    case 'undated':
      return `Undated; ${retrieved}`;
  }
}

type Documents = ReadonlyMap<string, Pick<DocumentMeta, 'date' | 'retrieved'>>;

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
export function boundText(bound: SpanBound, documents: Documents): string {
  if ('date' in bound) return formatDate(bound.date);
  if ('before' in bound) return `unknown, before ${formatDate(bound.before)}`;
  const doc = documents.get(bound.asOf);
  return `unknown; current as of ${doc ? documentAsOf(doc).label : bound.asOf}`;
}

/** A span as one line: "Since 2017", "2005 – 2013", "Start unknown; current as of 2018". */
export function spanText(span: Span, documents: Documents): string {
  const start = span.start;
  const end = span.end;
  if ('date' in start) {
    if (end === undefined) return `Since ${formatDate(start.date)}`;
    if ('date' in end) {
      if (end.date === start.date) return formatDate(start.date);
      return `${formatDate(start.date)} – ${formatDate(end.date)}`;
    }
    return `From ${formatDate(start.date)}; ended ${boundText(end, documents)}`;
  }
  const from = `Start ${boundText(start, documents)}`;
  if (end === undefined) return from;
  if ('date' in end) return `${from}; ended ${formatDate(end.date)}`;
  return `${from}; ended ${boundText(end, documents)}`;
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
