/** How dates, figures and sources read in the panels. Pure, so the wording is tested once. */
import type { DateRange } from '../data/schema.ts';
import type { Figure } from '../data/schema.ts';

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

export function formatRange(range: DateRange): string {
  if (range.end === undefined || range.end === range.start) return formatDate(range.start);
  const [sy, sm] = range.start.split('-');
  const [ey, em] = range.end.split('-');
  if (range.precision === 'day' && sy === ey && sm === em) {
    return `${Number(range.start.slice(8))}–${formatDate(range.end)}`;
  }
  return `${formatDate(range.start)} – ${formatDate(range.end)}`;
}

const CURRENCY_SYMBOL: Record<string, string> = { EUR: '€', USD: '$' };

function compact(value: number): string {
  if (Math.abs(value) >= 1e9) return `${+(value / 1e9).toFixed(3)} billion`;
  if (Math.abs(value) >= 1e6) return `${+(value / 1e6).toFixed(3)} million`;
  return value.toLocaleString('en-GB');
}

/** "more than €314 million", "2 percent of GDP", "1,000 troops". */
export function formatFigure(figure: Figure): string {
  const qualifier = figure.qualifier ? `${figure.qualifier} ` : '';
  if (figure.currency) {
    return `${qualifier}${CURRENCY_SYMBOL[figure.currency] ?? ''}${compact(figure.value)}`;
  }
  return `${qualifier}${compact(figure.value)} ${figure.unit}`;
}

/**
 * Orders names as an English reader expects ("Åland" with the A's). One collator for the whole
 * app: `localeCompare` sets up collation on every call, in the very click that shows the details.
 */
export const byName = new Intl.Collator('en').compare;
