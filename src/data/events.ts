/**
 * The timeline's events: facts dated by when the thing happened, oldest first. A fact about its
 * document's present ("has fully met its 2014 Wales Pledge") has no event date of its own, so it
 * is no event, whatever year its sentence names. Pure, so the rule is tested on the real data.
 */
import type { DateRange, Fact } from '../../data/schema.ts';
import { yearOf } from '../../data/spans.ts';

export interface TimelineEvent {
  fact: Fact;
  date: DateRange;
  year: number;
}

export function timelineEvents(facts: readonly Fact[]): TimelineEvent[] {
  return facts
    .flatMap((fact) =>
      fact.date ? [{ fact, date: fact.date, year: yearOf(fact.date.start) }] : [],
    )
    .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
}
