/**
 * Operations and missions Latvia and Lithuania took part in, each drawn at a representative site
 * (data/operations.json).
 */
import { t } from '../i18n/i18n.svelte.ts';
import { spanLine } from './spans.ts';
import { andList, namesOf, pointLayer } from './point-layer.ts';
import type { DetailLine } from './types.ts';

export const operations = pointLayer({
  id: 'operations',
  nameKey: 'layers.operationsName',
  alsoCalled: ['deployments'],
  shape: 'diamond',
  colour: '#E69F00',
  collections: ['operations'],
  labelPriority: 1,
  details(atlas, id) {
    const lines: DetailLine[] = [];
    for (const op of atlas.factBase.operations) {
      const cited = op.span.start.source;
      if (op.place === id) {
        const participants = andList(op.participants.map((p) => atlas.name(p)));
        lines.push({
          text: t('layers.operationTookPart', { operation: op.name, participants }),
          sources: [cited],
        });
        lines.push(spanLine(atlas, 'layers.operationWhen', op.span));
      } else if (atlas.entity(op.place)?.country === id) {
        lines.push({
          text: t('layers.operationScene', { operation: op.name }),
          sources: [cited],
          entity: op.place,
        });
      }
    }
    return lines;
  },
  recordsAt: (atlas, id) => atlas.factBase.operations.filter((op) => op.place === id),
  columns: (atlas, ops) => ({
    operations: ops.map((op) => op.name).join('; '),
    participants: namesOf(atlas, [...new Set(ops.flatMap((op) => op.participants))], '; '),
  }),
});
