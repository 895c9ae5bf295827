/**
 * Latvia's defence attachés: the cities they reside in and the countries each is accredited to
 * (data/attache-residences.json, from the document "International and regional cooperation").
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { t } from '../i18n/i18n.svelte.ts';
import { namesOf, pointLayer } from './point-layer.ts';
import { spanLine } from './spans.ts';
import type { DetailLine } from './types.ts';
import type { Atlas } from '../data/atlas.ts';
import type { Residence } from '../../data/schema.ts';

const attachés = (count: number) => t('format.attacheCount', { count });

/**
 * The count under a residence's name on the map, as a style expression in the interface's
 * language: each count the data can have spelt out (a city has one or two), the bare number past
 * them.
 */
const MAP_COUNTS = 20;
function attachésOnMap(): ExpressionSpecification {
  const count: ExpressionSpecification = ['get', 'attaches'];
  const spelt = Array.from({ length: MAP_COUNTS }, (_, i) => [i + 1, attachés(i + 1)]);
  return ['match', count, ...spelt.flat(), ['to-string', count]] as ExpressionSpecification;
}

const residencesIn = (atlas: Atlas, city: string) =>
  atlas.factBase.attaches.filter((r) => r.city === city);

const resident = (residences: readonly Residence[]) =>
  residences.reduce((n, r) => n + r.attaches, 0);

export const attaches = pointLayer({
  id: 'attaches',
  nameKey: 'layers.attachesName',
  alsoCalled: ['defence attachés', 'military attachés'],
  shape: 'circle',
  colour: '#CC79A7',
  collections: ['attaches'],
  labelPriority: 2,
  note: {
    map: attachésOnMap,
    list: (atlas, id) => attachés(resident(residencesIn(atlas, id))),
  },
  details(atlas, id) {
    const lines: DetailLine[] = [];
    for (const r of atlas.factBase.attaches) {
      const city = atlas.name(r.city);
      const cited = r.span.start.source;
      if (r.city === id) {
        lines.push({
          text: t('layers.attachesAccredited', {
            count: r.attaches,
            countries: namesOf(atlas, r.countries),
          }),
          sources: [cited],
        });
        lines.push(spanLine(atlas, 'layers.attachesResident', r.span));
      } else if (r.countries.includes(id)) {
        lines.push({
          text: t('layers.attachesCovered', { city }),
          sources: [cited],
          entity: r.city,
        });
      } else if (atlas.entity(r.city)?.country === id) {
        lines.push({
          text: t('layers.attachesHosted', { city }),
          sources: [cited],
          entity: r.city,
        });
      }
    }
    return lines;
  },
  recordsAt: residencesIn,
  columns: (atlas, residences) => {
    const count = resident(residences);
    return {
      note: attachés(count),
      attaches: count,
      accredited_to: namesOf(
        atlas,
        residences.flatMap((r) => r.countries),
        '; ',
      ),
    };
  },
});
