/**
 * Latvia's defence attachés: the cities they reside in and the countries each is accredited to
 * (data/attache-residences.json, from the document "International and regional cooperation").
 */
import { namesOf, pointLayer } from './point-layer.ts';
import { spanLine } from './spans.ts';
import type { DetailLine } from './types.ts';
import type { Atlas } from '../data/atlas.ts';
import type { Residence } from '../../data/schema.ts';

const attachés = (n: number) => (n === 1 ? '1 attaché' : `${n} attachés`);

const residencesIn = (atlas: Atlas, city: string) =>
  atlas.factBase.attaches.filter((r) => r.city === city);

const resident = (residences: readonly Residence[]) =>
  residences.reduce((n, r) => n + r.attaches, 0);

export const attaches = pointLayer({
  id: 'attaches',
  name: 'Attaché residences',
  alsoCalled: ['defence attachés', 'military attachés'],
  shape: 'circle',
  colour: '#CC79A7',
  collections: ['attaches'],
  labelPriority: 2,
  note: {
    map: [
      'case',
      ['==', ['get', 'attaches'], 1],
      '1 attaché',
      ['concat', ['to-string', ['get', 'attaches']], ' attachés'],
    ],
    list: (atlas, id) => attachés(resident(residencesIn(atlas, id))),
  },
  details(atlas, id) {
    const lines: DetailLine[] = [];
    for (const r of atlas.factBase.attaches) {
      const city = atlas.name(r.city);
      const cited = r.span.start.source;
      if (r.city === id) {
        const who = r.attaches === 1 ? 'One defence attaché' : `${r.attaches} defence attachés`;
        lines.push({
          text: `${who} accredited to ${namesOf(atlas, r.countries)}`,
          sources: [cited],
        });
        lines.push(spanLine(atlas, 'Resident here', r.span));
      } else if (r.countries.includes(id)) {
        lines.push({
          text: `Covered by Latvia's defence attaché resident in ${city}`,
          sources: [cited],
          entity: r.city,
        });
      } else if (atlas.entity(r.city)?.country === id) {
        lines.push({
          text: `Hosts Latvia's defence attaché residence in ${city}`,
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
