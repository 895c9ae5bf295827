/**
 * NATO membership as the map colours countries: accession years, the partner countries the
 * documents name, and the Baltic states. Pure: the build bakes it into the country outlines, so
 * the map can colour them before the fact base has arrived.
 */
import type { FactBase } from './schema.ts';
import { yearOf } from './spans.ts';

export const BALTIC_STATES = ['EST', 'LVA', 'LTU'] as const;

/** Non-members that Latvia's attachés cover or that the documents name as partners. */
export function partnersOf(base: FactBase): string[] {
  const countries = new Set(
    base.entities.filter((e) => e.kinds.includes('country')).map((e) => e.id),
  );
  const members = new Set(base.members.map((m) => m.country));
  const partners = new Set<string>();
  for (const r of base.attaches) for (const c of r.countries) partners.add(c);
  for (const f of base.facts) {
    if (f.topic === 'partners')
      for (const id of f.entities) if (countries.has(id)) partners.add(id);
  }
  return [...partners].filter((id) => !members.has(id));
}

export interface Membership {
  /** Year of accession by country id (members only). */
  accession: Record<string, number>;
  partners: readonly string[];
  baltic: readonly string[];
}

export function membershipOf(base: FactBase): Membership {
  const accession: Record<string, number> = {};
  for (const m of base.members) {
    accession[m.country] = yearOf(m.accession);
  }
  return { accession, partners: partnersOf(base), baltic: BALTIC_STATES };
}
