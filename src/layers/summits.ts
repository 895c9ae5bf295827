/** NATO summits the documents name, and the NATO institutions in the region (data/summits.json). */
import { spanSources } from '../../data/spans.ts';
import { spanText } from '../format.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { pointLayer } from './point-layer.ts';
import { spanLine } from './spans.ts';
import type { DetailLine } from './types.ts';

export const summits = pointLayer({
  id: 'summits',
  nameKey: 'layers.summitsName',
  shape: 'star',
  colour: '#0072B2',
  collections: ['summits', 'institutions'],
  labelPriority: 1,
  details(atlas, id) {
    const lines: DetailLine[] = [];
    for (const s of atlas.factBase.summits) {
      if (s.place === id) {
        const when = spanText(s.span, atlas.documents);
        lines.push({
          text: t('layers.summitWhen', { summit: s.name, when }),
          sources: spanSources(s.span),
        });
      }
    }
    for (const i of atlas.factBase.institutions) {
      if (i.entity === id) lines.push(spanLine(atlas, 'layers.institutionOpen', i.span));
    }
    return lines;
  },
  recordsAt: (atlas, id) => [
    ...atlas.factBase.summits.filter((s) => s.place === id),
    ...atlas.factBase.institutions.filter((i) => i.entity === id),
  ],
  columns: (atlas, records) => ({
    summits: records.flatMap((r) => ('name' in r ? [r.name] : [])).join('; '),
  }),
});
