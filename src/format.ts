/** How dates, figures and sources read in the panels. Pure, so the wording is tested once. */
import type { DateRange, Fact, Figure } from '../data/schema.ts';
import { formatDate } from '../data/spans.ts';

export { formatDate } from '../data/spans.ts';

export function formatRange(range: DateRange): string {
  // The State Department counts in fiscal years, which are not the calendar's.
  if (range.fiscal) {
    const end = range.end !== undefined && range.end !== range.start ? `–${range.end}` : '';
    return `FY ${range.start}${end}`;
  }
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

/** When a fact holds: its date, and "as of" its document's date where it speaks of the present. */
export function factTimeText(fact: Fact, asOf: string | undefined): string | undefined {
  const parts: string[] = [];
  if (fact.date) parts.push(formatRange(fact.date));
  if (fact.asOf && asOf !== undefined) parts.push(`as of ${asOf}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
