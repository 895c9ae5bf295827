/**
 * How dates, figures, spans and sources read in the panels, in the language on screen: dates and
 * numbers through `Intl`, the words around them through the format.* messages. Each reads the
 * language on screen (`ui.locale`), so the panels that call them follow a change of language.
 */
import type { DateRange, DocumentMeta, Fact, Figure, Span } from '../data/schema.ts';
import { asOfText, spanText as wordSpan, type SpanWords } from '../data/spans.ts';
import { t, ui } from './i18n/i18n.svelte.ts';
import type { MessageKey } from './i18n/keys.ts';
import type { Locale } from './i18n/locales.ts';

/** British English for English: day before month, as the ministries' English pages write it. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', lv: 'lv', lt: 'lt' };

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, precision: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let format = cache.get(key);
  if (!format) {
    const parts: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : precision === 'month'
          ? { month: 'long', year: 'numeric' }
          : { year: 'numeric' };
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...parts, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

function utc(date: string): Date {
  const [year, month = '1', day = '1'] = date.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

function precisionOf(date: string): 'day' | 'month' | 'year' {
  const parts = date.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** "29 March 2004", "2004. gada 29. marts", "2004 m. kovo 29 d."; as precise as the source. */
export function formatDate(date: string, locale: Locale = ui.locale): string {
  const precision = precisionOf(date);
  // A bare year: as written, but Lithuanian marks a year in running text ("2004 m.").
  if (precision === 'year') return locale === 'lt' ? `${date.slice(0, 4)} m.` : date.slice(0, 4);
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(date)) return date;
  return dateFormat(locale, precision).format(utc(date));
}

/** A fact's date or period: fiscal years, a day span in one month, or two dates. */
export function formatRange(range: DateRange): string {
  const locale = ui.locale;
  // The State Department counts in fiscal years, which are not the calendar's.
  if (range.fiscal) {
    const end = range.end !== undefined && range.end !== range.start ? range.end : undefined;
    return end === undefined
      ? t('format.fiscalYear', { year: range.start })
      : t('format.fiscalYears', { start: range.start, end });
  }
  if (range.end === undefined || range.end === range.start) return formatDate(range.start, locale);
  const [sy, sm] = range.start.split('-');
  const [ey, em] = range.end.split('-');
  if (range.precision === 'day' && sy === ey && sm === em) {
    // The end date with the first day put before its own: "23–25 April", "23.–25. aprīlis".
    const startDay = String(Number(range.start.slice(8)));
    const joiner = locale === 'lv' ? '.–' : '–';
    return dateFormat(locale, 'day')
      .formatToParts(utc(range.end))
      .map((part) => (part.type === 'day' ? `${startDay}${joiner}${part.value}` : part.value))
      .join('');
  }
  return `${formatDate(range.start, locale)} – ${formatDate(range.end, locale)}`;
}

interface NumberFormats {
  compact: Intl.NumberFormat;
  plain: Intl.NumberFormat;
}
const numberFormatsByLocale = new Map<Locale, NumberFormats>();
function numberFormats(locale: Locale): NumberFormats {
  let formats = numberFormatsByLocale.get(locale);
  if (!formats) {
    formats = {
      compact: new Intl.NumberFormat(INTL_LOCALE[locale], {
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: 3,
      }),
      plain: new Intl.NumberFormat(INTL_LOCALE[locale]),
    };
    numberFormatsByLocale.set(locale, formats);
  }
  return formats;
}

/** "314 million", "115.65 million", "1,000": millions in words, as the documents write them. */
function amount(value: number, locale: Locale): string {
  const { compact, plain } = numberFormats(locale);
  return Math.abs(value) >= 1e6 ? compact.format(value) : plain.format(value);
}

const QUALIFIER: Record<NonNullable<Figure['qualifier']>, MessageKey> = {
  'more than': 'format.moreThan',
  approximately: 'format.approximately',
  over: 'format.over',
  almost: 'format.almost',
};

/** The figures' units, each a message with its plural forms; an unknown unit reads as written. */
const UNIT: Record<string, MessageKey> = {
  'other candidate states': 'format.unitOtherCandidateStates',
  'host countries': 'format.unitHostCountries',
  'other countries': 'format.unitOtherCountries',
  countries: 'format.unitCountries',
  years: 'format.unitYears',
  'years of membership': 'format.unitYearsOfMembership',
  'percent of defence spending': 'format.unitPercentOfDefenceSpending',
  'percent of GDP': 'format.unitPercentOfGdp',
  'military experts on mission': 'format.unitMilitaryExperts',
  'main lines of action': 'format.unitMainLinesOfAction',
  'UN-led missions': 'format.unitUnMissions',
  personnel: 'format.unitPersonnel',
  women: 'format.unitWomen',
  troops: 'format.unitTroops',
  'staff officers': 'format.unitStaffOfficers',
  'defence attachés': 'format.unitDefenceAttaches',
};

/** "more than €314 million", "2 percent of GDP", "1,000 troops", in the language on screen. */
export function formatFigure(figure: Figure): string {
  const locale = ui.locale;
  let text: string;
  if (figure.currency) {
    const key = figure.currency === 'EUR' ? 'format.moneyEur' : 'format.moneyUsd';
    text = t(key, { amount: amount(figure.value, locale) });
  } else {
    const unit = UNIT[figure.unit];
    text =
      unit === undefined
        ? `${amount(figure.value, locale)} ${figure.unit}`
        : t(unit, { count: figure.value });
  }
  return figure.qualifier ? t(QUALIFIER[figure.qualifier], { figure: text }) : text;
}

const collators = new Map<Locale, Intl.Collator>();
/**
 * Orders names as a reader of the language expects ("Åland" with the A's in English; "Č" after
 * "C" in Latvian and Lithuanian). One collator per language: `localeCompare` sets one up on
 * every call, in the very click that shows the details.
 */
export function byName(a: string, b: string): number {
  return collator(ui.locale).compare(a, b);
}

function collator(locale: Locale): Intl.Collator {
  let made = collators.get(locale);
  if (!made) {
    made = new Intl.Collator(INTL_LOCALE[locale]);
    collators.set(locale, made);
  }
  return made;
}

/**
 * Sets up a language's formatters before a panel needs them: the first of each kind costs the
 * time ICU takes to load the language's data, which would otherwise fall in the click that
 * first shows a date.
 */
export function prepareFormats(locale: Locale): void {
  dateFormat(locale, 'day');
  dateFormat(locale, 'month');
  numberFormats(locale);
  collator(locale);
}

type DatedDocument = Pick<DocumentMeta, 'date' | 'retrieved'>;

/** data/spans.ts's wording of spans and documents' dates, in the language on screen. */
function screenWords(): SpanWords {
  const locale = ui.locale;
  return {
    date: (date) => formatDate(date, locale),
    orLater: (date) => t('format.orLater', { date }),
    byRetrieval: (date) => t('format.byRetrieval', { date }),
    unknownBefore: (date) => t('format.unknownBefore', { date }),
    unknownAsOf: (date) => t('format.unknownAsOf', { date }),
    since: (date) => t('format.since', { date }),
    fromEnded: (date, ended) => t('format.fromEnded', { date, ended }),
    start: (bound) => t('format.start', { bound }),
    startEnded: (start, ended) => t('format.startEnded', { start, ended }),
  };
}

/** What "currently" in a document means: "2018", "2022 or later", "its retrieval, by …". */
export function asOfLabel(doc: DatedDocument): string {
  return asOfText(doc, screenWords());
}

/** How a document's date reads on its card and in a citation. */
export function documentDateText(doc: DatedDocument): string {
  const locale = ui.locale;
  const retrieved = formatDate(doc.retrieved.notAfter, locale);
  switch (doc.date.kind) {
    case 'published':
      return t('format.published', { date: formatDate(doc.date.date, locale), retrieved });
    case 'written-after':
      return t('format.writtenAfter', { date: formatDate(doc.date.date, locale), retrieved });
    case 'undated':
      return t('format.undated', { retrieved });
  }
}

/** A span as one line: "Since 2017", "2005 – 2013", "Start unknown; current as of 2018". */
export function spanText(span: Span, documents: ReadonlyMap<string, DatedDocument>): string {
  return wordSpan(span, documents, screenWords());
}

/** When a fact holds: its date, and "as of" its document's date where it speaks of the present. */
export function factTimeText(fact: Fact, asOf: string | undefined): string | undefined {
  const parts: string[] = [];
  if (fact.date) parts.push(formatRange(fact.date));
  if (fact.asOf && asOf !== undefined) parts.push(t('format.asOf', { date: asOf }));
  return parts.length > 0 ? parts.join(', ') : undefined;
}
