/** How an entity is drawn on the map, for feature-state: its country polygon or its points. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/atlas.ts';
import { COUNTRY_SOURCE, POINT_SOURCE } from './sources.ts';

export type FeatureRef = { source: string; id: string };

export function featuresOf(atlas: Atlas, id: string): FeatureRef[] {
  if (atlas.isCountry(id)) return [{ source: COUNTRY_SOURCE, id }];
  return atlas.pointsOf(id).length > 0 ? [{ source: POINT_SOURCE, id }] : [];
}

export function setFlags(
  map: MaplibreMap,
  refs: FeatureRef[],
  flags: Record<string, boolean>,
): void {
  // A lost WebGL context takes the style with it (map.style is null until it is rebuilt), and
  // feature-state calls would throw: the rebuilt style gets its flags again from MapView.
  if (!map.style) return;
  for (const ref of refs) if (map.getSource(ref.source)) map.setFeatureState(ref, flags);
}
