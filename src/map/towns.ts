/**
 * The towns the basemap names that are places of the atlas (Vilnius, Warsaw, Kyiv …): a town
 * label is matched to a gazetteer city by any of its spellings, and only where the gazetteer
 * puts that city near the label, so a namesake elsewhere never opens the wrong place.
 */
import { distance } from '@turf/turf';
import { foldText } from '../../data/factbase/fold.ts';
import type { Atlas } from '../data/atlas.ts';

/** How far a town's label point may be from the gazetteer's point for the city. */
const SAME_PLACE_KM = 30;

const fold = (name: string) => foldText(name).lower.trim();

/** Folded spelling → the cities that go by it. */
export function citiesBySpelling(atlas: Atlas): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const entity of atlas.entities.values()) {
    if (!entity.kinds.includes('city') || entity.coordinates === undefined) continue;
    for (const spelling of new Set([entity.name, ...entity.variants].map(fold))) {
      index.set(spelling, [...(index.get(spelling) ?? []), entity.id]);
    }
  }
  return index;
}

/** The atlas city a town label stands for, if any. */
export function cityOfTown(
  atlas: Atlas,
  index: ReadonlyMap<string, string[]>,
  town: { name: string; coordinates: [number, number] },
): string | null {
  for (const id of index.get(fold(town.name)) ?? []) {
    const at = atlas.entity(id)?.coordinates;
    if (at && distance(at, town.coordinates, { units: 'kilometers' }) <= SAME_PLACE_KM) return id;
  }
  return null;
}
