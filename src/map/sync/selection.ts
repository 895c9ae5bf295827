/**
 * The selection on the map: feature-state for the highlight, the related countries and the
 * lines, all paint-only changes (a filter or global-state change would re-tile sources on every
 * click). Applied a frame after the selection, so the details panel paints first: a map repaint
 * in the same frame holds the panel back.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Atlas } from '../../data/atlas.ts';
import { afterNextPaint } from '../../schedule.ts';
import { featuresOf, setFlags, type FeatureRef } from '../features.ts';
import { showLinks } from '../links.ts';
import { COUNTRY_SOURCE, LINKS_SOURCE, mapDataUrls } from '../sources.ts';

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

/** The lines' file, read once: their far ends are where the related countries are drawn. */
let linkEnds: Promise<LinkFile> | null = null;
interface LinkFile {
  features: { properties: { from: string }; geometry: { coordinates: unknown } }[];
}
function readLinks(): Promise<LinkFile> {
  linkEnds ??= fetch(mapDataUrls(document.baseURI).links).then((r) => {
    if (!r.ok) throw new Error(`links: ${r.status}`);
    return r.json() as Promise<LinkFile>;
  });
  linkEnds.catch(() => (linkEnds = null));
  return linkEnds;
}

/** Every [lng, lat] pair in a line's coordinates, however deeply nested. */
function positions(coordinates: unknown): [number, number][] {
  if (!Array.isArray(coordinates)) return [];
  if (typeof coordinates[0] === 'number') return [coordinates as [number, number]];
  return coordinates.flatMap(positions);
}

/**
 * Brings a selected place and the countries its lines reach into view, clear of the sheet and
 * the controls; a place without lines is only kept in view.
 */
export async function frameRelated(
  map: MaplibreMap,
  atlas: Atlas,
  selected: string,
  insetBottom: number,
  isCurrent: () => boolean,
): Promise<void> {
  const point = atlas.entity(selected)?.coordinates;
  if (!point || atlas.relatedCountries(selected).length === 0) {
    keepInView(map, atlas, selected, insetBottom);
    return;
  }
  let file: LinkFile;
  try {
    file = await readLinks();
  } catch {
    keepInView(map, atlas, selected, insetBottom);
    return;
  }
  if (!isCurrent() || !map.style) return;
  const ends = file.features
    .filter((f) => f.properties.from === selected)
    .flatMap((f) => positions(f.geometry.coordinates));
  let [west, south, east, north] = [point[0], point[1], point[0], point[1]];
  for (const [lng, lat] of ends) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const canvas = map.getCanvas();
  const width = canvas.width / map.getPixelRatio();
  const height = canvas.height / map.getPixelRatio();
  const padding = { top: 48, right: 64, bottom: insetBottom + 32, left: 32 };
  // A frame with no room left inside its padding cannot be fitted: keep the place in view.
  if (width - padding.left - padding.right < 80 || height - padding.top - padding.bottom < 80) {
    keepInView(map, atlas, selected, insetBottom);
    return;
  }
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding, maxZoom: Math.max(map.getZoom(), 6), duration: reducedMotion ? 0 : 600 },
  );
}

/** What a selection lights: its own features and lines, and the countries it is tied to. */
export interface SelectionFlags {
  refs: FeatureRef[];
  related: FeatureRef[];
}

export function selectionFlags(atlas: Atlas, selected: string): SelectionFlags {
  return {
    refs: [...featuresOf(atlas, selected), { source: LINKS_SOURCE, id: selected }],
    related: atlas.relatedCountries(selected).map((id) => ({ source: COUNTRY_SOURCE, id })),
  };
}

/** Lights a selection on `map` (the visible map or the export's). */
export function showSelection(map: MaplibreMap, { refs, related }: SelectionFlags): void {
  // The lines are fetched the first time a place that has them is selected.
  if (related.length > 0) showLinks(map);
  setFlags(map, refs, { selected: true });
  setFlags(map, related, { related: true });
}

export function syncSelection(
  map: MaplibreMap,
  atlas: Atlas,
  selected: string | null,
  insetBottom: number,
  frame: boolean,
): () => void {
  if (selected === null) return () => {};
  const flags = selectionFlags(atlas, selected);
  const { refs, related } = flags;
  let applied = false;
  let current = true;
  const cancel = afterNextPaint(() => {
    showSelection(map, flags);
    if (frame) void frameRelated(map, atlas, selected, insetBottom, () => current);
    else keepInView(map, atlas, selected, insetBottom);
    applied = true;
  });
  return () => {
    current = false;
    cancel();
    if (!applied) return;
    setFlags(map, refs, { selected: false });
    setFlags(map, related, { related: false });
  };
}
