/**
 * The towns the map names in the current view, read back from what MapLibre placed once the map
 * is idle: a list for screen readers (the canvas itself says nothing), in the order of size.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { TOWN_LAYERS } from '../basemap.ts';

export function watchTownsInView(map: MaplibreMap, report: (towns: string[]) => void): () => void {
  const read = () => {
    if (!map.style) return;
    const seen = new Map<string, number>();
    for (const town of map.queryRenderedFeatures({ layers: TOWN_LAYERS })) {
      const name = town.properties['name'];
      const population = Number(town.properties['population'] ?? 0);
      if (typeof name === 'string') seen.set(name, Math.max(population, seen.get(name) ?? 0));
    }
    report([...seen].sort((a, b) => b[1] - a[1]).map(([name]) => name));
  };
  map.on('idle', read);
  read();
  return () => map.off('idle', read);
}
