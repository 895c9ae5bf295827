/**
 * The towns the map names in the current view, read back from what MapLibre placed once the map
 * is idle: a list for screen readers (the canvas itself says nothing), in the order of size.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { backgroundTurn } from '../../schedule.ts';
import { TOWN_LAYERS } from '../basemap.ts';

export function watchTownsInView(map: MaplibreMap, report: (towns: string[]) => void): () => void {
  let stopped = false;
  const read = () => {
    if (stopped || !map.style) return;
    const seen = new Map<string, number>();
    for (const town of map.queryRenderedFeatures({ layers: TOWN_LAYERS })) {
      const name = town.properties['name'];
      const population = Number(town.properties['population'] ?? 0);
      if (typeof name === 'string') seen.set(name, Math.max(population, seen.get(name) ?? 0));
    }
    report([...seen].sort((a, b) => b[1] - a[1]).map(([name]) => name));
  };
  // Reading every placed label is a long task on a slow phone: at background priority, after a
  // tap that comes as the map goes idle, and once for a burst of idles.
  let queued = false;
  const readSoon = () => {
    if (queued) return;
    queued = true;
    void backgroundTurn().then(() => {
      queued = false;
      read();
    });
  };
  map.on('idle', readSoon);
  readSoon();
  return () => {
    stopped = true;
    map.off('idle', readSoon);
  };
}
