/**
 * The ties the map draws as lines from a selected place: an attaché residence to the countries
 * its attachés are accredited to, an eFP battlegroup's site to its lead and contributing nations.
 * Pure: the build draws them (geo/links.ts), the app lights them.
 */
import type { FactBase } from './schema.ts';

export type LinkKind = 'attache' | 'efp-lead' | 'efp-contributor';

export interface Link {
  from: string;
  to: string;
  kind: LinkKind;
}

export function linksOf(base: FactBase): Link[] {
  const links: Link[] = [];
  for (const r of base.attaches) {
    for (const c of r.countries) links.push({ from: r.city, to: c, kind: 'attache' });
  }
  for (const g of base.efp) {
    links.push({ from: g.site, to: g.lead, kind: 'efp-lead' });
    for (const c of g.contributors) links.push({ from: g.site, to: c, kind: 'efp-contributor' });
  }
  return links;
}
