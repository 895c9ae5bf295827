/** NATO summits the documents name, and the NATO institutions in the region (data/summits.json). */
import { formatRange } from '../format.ts';
import { pointLayer } from './point-layer.ts';
import type { DetailLine } from './types.ts';

export const summits = pointLayer({
  id: 'summits',
  name: 'Summits and NATO institutions',
  shape: 'star',
  colour: '#0072B2',
  collections: ['summits', 'institutions'],
  labelPriority: 1,
  details(atlas, id) {
    const lines: DetailLine[] = [];
    for (const s of atlas.factBase.summits) {
      if (s.place === id) lines.push({ text: `${s.name}, ${formatRange(s.date)}` });
    }
    for (const i of atlas.factBase.institutions) {
      if (i.entity === id && i.since) lines.push({ text: `Since ${formatRange(i.since)}` });
    }
    return lines;
  },
  recordsAt: (atlas, id) => [
    ...atlas.factBase.summits.filter((s) => s.place === id),
    ...atlas.factBase.institutions.filter((i) => i.entity === id),
  ],
  columns: (atlas, records) => ({
    summits: records
      .flatMap((r) => ('date' in r ? [`${r.name} (${r.date.start})`] : []))
      .join('; '),
  }),
});
