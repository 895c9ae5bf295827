/**
 * The selection on the map: feature-state for the highlight, the related countries and the
 * lines, all paint-only changes (a filter or global-state change would re-tile sources on every
 * click). Applied a frame after the selection, so the details panel paints first: a map repaint
 * in the same frame holds the panel back.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Atlas } from '../../data/atlas.ts';
import { afterNextPaint } from '../../schedule.ts';
import { featuresOf, setFlags } from '../features.ts';
import { showLinks } from '../links.ts';
import { COUNTRY_SOURCE, LINKS_SOURCE } from '../sources.ts';

/** Moves the map only if the selected point is hidden (off screen or under the sheet). */
export function keepInView(
  map: MaplibreMap,
  atlas: Atlas | null,
  selected: string | null,
  insetBottom: number,
): void {
  const point = selected === null ? undefined : atlas?.entity(selected)?.coordinates;
  if (!point) return;
  const { x, y } = map.project(point);
  // The drawing buffer's size over the pixel ratio: the canvas's CSS size without reading the
  // page's layout, which right after a panel change would force it.
  const canvas = map.getCanvas();
  const width = canvas.width / map.getPixelRatio();
  const height = canvas.height / map.getPixelRatio() - insetBottom;
  const margin = 24;
  if (x >= margin && x <= width - margin && y >= margin && y <= height - margin) return;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.easeTo({ center: point, duration: reducedMotion ? 0 : 600 });
}

export function syncSelection(
  map: MaplibreMap,
  atlas: Atlas,
  selected: string | null,
  insetBottom: number,
): () => void {
  if (selected === null) return () => {};
  const refs = [...featuresOf(atlas, selected), { source: LINKS_SOURCE, id: selected }];
  const related = atlas.relatedCountries(selected).map((id) => ({ source: COUNTRY_SOURCE, id }));
  let applied = false;
  const cancel = afterNextPaint(() => {
    // The lines are fetched the first time a place that has them is selected.
    if (related.length > 0) showLinks(map);
    setFlags(map, refs, { selected: true });
    setFlags(map, related, { related: true });
    keepInView(map, atlas, selected, insetBottom);
    applied = true;
  });
  return () => {
    cancel();
    if (!applied) return;
    setFlags(map, refs, { selected: false });
    setFlags(map, related, { related: false });
  };
}
