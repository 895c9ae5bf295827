/** Air policing: the bases NATO's Baltic Air Policing flies from (data/air-policing.json). */
import { t, ui } from '../i18n/i18n.svelte.ts';
import { spanLine } from './spans.ts';
import { namesOf, pointLayer } from './point-layer.ts';
import type { DetailLine } from './types.ts';

export const airPolicing = pointLayer({
  id: 'air-policing',
  nameKey: 'layers.airPolicingName',
  alsoCalled: ['Baltic Air Policing', 'air patrol'],
  shape: 'triangle',
  colour: '#D55E00',
  collections: ['airPolicing'],
  labelPriority: 3,
  details(atlas, id) {
    const lines: DetailLine[] = [];
    for (const b of atlas.factBase.airPolicing) {
      if (b.base === id) {
        const role = ui.locale === 'en' ? b.role : b.roleTranslations[ui.locale];
        lines.push({ text: role, sources: [b.roleSource] });
        lines.push(spanLine(atlas, 'layers.airPolicingSpan', b.span));
      } else if (b.host === id) {
        lines.push({
          text: t('layers.airPolicingHosts', { base: atlas.name(b.base) }),
          sources: [b.roleSource],
          entity: b.base,
        });
      }
    }
    return lines;
  },
  recordsAt: (atlas, id) => atlas.factBase.airPolicing.filter((b) => b.base === id),
  columns: (atlas, bases) => ({
    host: namesOf(
      atlas,
      bases.map((b) => b.host),
      '; ',
    ),
    role: bases.map((b) => b.role).join('; '),
  }),
});
