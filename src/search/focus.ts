/**
 * Which entity a fact is shown under. A module of its own, apart from the search index, because
 * the timeline and the citations need it at once while the index (and MiniSearch) is fetched only
 * when someone first uses the search box.
 */
import type { Atlas, Fact } from '../data/atlas.ts';

/**
 * The entity a fact is shown under: the first it names that is a place or country on the map
 * (an organisation such as NATO has a seat but is not what a fact about a base is "about"), else
 * the first drawn at all, else its first.
 */
export function factFocus(atlas: Atlas, fact: Fact): string {
  const drawn = (id: string) => atlas.isCountry(id) || atlas.pointsOf(id).length > 0;
  const isPlace = (id: string) => !(atlas.entity(id)?.kinds.includes('organisation') ?? true);
  return (
    fact.entities.find((id) => drawn(id) && isPlace(id)) ??
    fact.entities.find(drawn) ??
    fact.entities[0]!
  );
}
