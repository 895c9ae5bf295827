/**
 * Narrowing a card's facts by topic, document and period, as the card's filters and the link's
 * `topic=`, `source=` and `period=` say. Pure, so the rules are tested on the real fact base.
 */
import type { Fact } from '../../data/schema.ts';
import { documentAsOf, yearOf } from '../../data/spans.ts';
import type { Atlas } from './atlas.ts';

export interface FactFilter {
  topic?: string;
  /** A document id: facts citing it. */
  source?: string;
  /** `YYYY-YYYY`, or `undated` for facts no date places. */
  period?: string;
}

export const UNDATED = 'undated';

/** The years a fact speaks of: its own date, or its document's for a statement "as of" it. */
export function factYears(atlas: Atlas, fact: Fact): [number, number] | null {
  if (fact.date) return [yearOf(fact.date.start), yearOf(fact.date.end ?? fact.date.start)];
  const doc = fact.asOf ? atlas.documents.get(fact.evidence[0]?.doc ?? '') : undefined;
  if (doc === undefined) return null;
  const year = documentAsOf(doc).year;
  return [year, year];
}

export function parsePeriod(period: string): [number, number] | null {
  const match = /^(\d{4})-(\d{4})$/.exec(period);
  if (!match) return null;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from <= to ? [from, to] : null;
}

export function matchesFilter(atlas: Atlas, fact: Fact, filter: FactFilter): boolean {
  if (filter.topic !== undefined && fact.topic !== filter.topic) return false;
  if (filter.source !== undefined && !fact.evidence.some((e) => e.doc === filter.source)) {
    return false;
  }
  if (filter.period !== undefined) {
    const years = factYears(atlas, fact);
    if (filter.period === UNDATED) return years === null;
    const period = parsePeriod(filter.period);
    if (period === null || years === null) return false;
    return years[0] <= period[1] && years[1] >= period[0];
  }
  return true;
}

/** The decades the facts speak of, as `period` values, oldest first, then `undated` if any. */
export function periodsOf(atlas: Atlas, facts: readonly Fact[], lastYear: number): string[] {
  const decades = new Set<number>();
  let undated = false;
  for (const fact of facts) {
    const years = factYears(atlas, fact);
    if (years === null) undated = true;
    else
      for (let d = Math.floor(years[0] / 10); d <= Math.floor(years[1] / 10); d++) decades.add(d);
  }
  const periods = [...decades]
    .sort((a, b) => a - b)
    .map((d) => `${d * 10}-${Math.min(d * 10 + 9, lastYear)}`);
  return undated ? [...periods, UNDATED] : periods;
}
