/**
 * NATO's enhanced Forward Presence: the battlegroups' camps, each with its host, lead and the
 * contributing nations the documents name (data/efp-battlegroups.json).
 */
import { t } from '../i18n/i18n.svelte.ts';
import { spanLine } from './spans.ts';
import { namesOf, pointLayer } from './point-layer.ts';
import type { DetailLine } from './types.ts';

export const efp = pointLayer({
  id: 'efp',
  nameKey: 'layers.efpName',
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
      const hosting = { background: atlas.factBase.references['efp'] ?? 'eFP' };
      if (g.site === id) {
        lines.push({ text: t('layers.efpHostedBy', { host }), sources: [hosting] });
        lines.push({
          text: t('layers.efpLedBy', { lead: atlas.name(g.lead) }),
          sources: [g.leadSource],
        });
        lines.push(spanLine(atlas, 'layers.efpDeployed', g.span));
        if (g.contributors.length > 0 && g.contributorsSource) {
          lines.push({
            text: t('layers.efpContributors', { countries: namesOf(atlas, g.contributors) }),
            sources: [g.contributorsSource],
          });
        }
      }
      if (g.host === id) {
        lines.push({
          text: t('layers.efpHosts', { site }),
          sources: [hosting],
          entity: g.site,
        });
      }
      if (g.lead === id) {
        lines.push({
          text: t('layers.efpLeads', { site, host }),
          sources: [g.leadSource],
          entity: g.site,
        });
      }
      if (g.contributors.includes(id) && g.contributorsSource) {
        lines.push({
          text: t('layers.efpContributes', { site, host }),
          sources: [g.contributorsSource],
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
