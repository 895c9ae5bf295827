/**
 * NATO's enhanced Forward Presence: the battlegroups' camps, each with its host, lead and the
 * contributing nations the documents name (data/efp-battlegroups.json).
 */
import { formatRange } from '../format.ts';
import { namesOf, pointLayer } from './point-layer.ts';
import type { DetailLine } from './types.ts';

export const efp = pointLayer({
  id: 'efp',
  name: 'eFP battlegroups',
  alsoCalled: ['enhanced Forward Presence'],
  shape: 'square',
  colour: '#009E73',
  collections: ['efp'],
  labelPriority: 3,
  details(atlas, id) {
    const lines: DetailLine[] = [];
    for (const g of atlas.factBase.efp) {
      const site = atlas.name(g.site);
      const host = atlas.name(g.host);
      if (g.site === id) {
        lines.push({ text: `eFP battlegroup hosted by ${host}, led by ${atlas.name(g.lead)}` });
        if (g.since) lines.push({ text: `Since ${formatRange(g.since)}` });
        if (g.contributors.length > 0) {
          lines.push({
            text: `Contributing nations the documents name: ${namesOf(atlas, g.contributors)}`,
          });
        }
      }
      if (g.host === id) {
        lines.push({ text: `Hosts the eFP battlegroup at ${site}`, entity: g.site });
      }
      if (g.lead === id) {
        lines.push({ text: `Leads the eFP battlegroup at ${site} (${host})`, entity: g.site });
      }
      if (g.contributors.includes(id)) {
        lines.push({
          text: `Contributes to the eFP battlegroup at ${site} (${host})`,
          entity: g.site,
        });
      }
    }
    return lines;
  },
  related: (atlas, id) =>
    atlas.factBase.efp.filter((g) => g.site === id).flatMap((g) => [g.host, g.lead]),
  recordsAt: (atlas, id) => atlas.factBase.efp.filter((g) => g.site === id),
  columns: (atlas, groups) => ({
    host: namesOf(
      atlas,
      groups.map((g) => g.host),
      '; ',
    ),
    lead: namesOf(
      atlas,
      groups.map((g) => g.lead),
      '; ',
    ),
    contributors: namesOf(
      atlas,
      groups.flatMap((g) => g.contributors),
      '; ',
    ),
  }),
});
