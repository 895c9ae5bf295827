/**
 * The places in view, from the keyboard: with the map focused, N and P step through the points
 * drawn in view (west to east), each highlighted and announced; Enter opens the one announced.
 * Arrow keys and + or − stay MapLibre's (pan and zoom).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { isDrawnIn } from '../../../data/points.ts';
import type { Atlas } from '../../data/atlas.ts';
import { t } from '../../i18n/i18n.svelte.ts';
import { layerOf } from '../../layers/index.ts';
import { andList } from '../../layers/point-layer.ts';
import type { Explorer } from '../../state/explorer.svelte.ts';
import { featuresOf, setFlags } from '../features.ts';

/** The ids of the places drawn inside the canvas, west to east. */
export function placesInView(map: MaplibreMap, atlas: Atlas, explorer: Explorer): string[] {
  const canvas = map.getCanvas();
  const width = canvas.width / map.getPixelRatio();
  const height = canvas.height / map.getPixelRatio() - (map.getPadding().bottom ?? 0);
  const seen = new Map<string, number>();
  for (const point of atlas.points) {
    const layer = layerOf(point.collection);
    if (layer === undefined || !explorer.layers.has(layer.id)) continue;
    if (!isDrawnIn(point, explorer.year) || seen.has(point.id)) continue;
    const { x, y } = map.project(point.coordinates);
    if (x >= 0 && x <= width && y >= 0 && y <= height) seen.set(point.id, x);
  }
  return [...seen].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

export function watchKeyboardPlaces(
  map: MaplibreMap,
  atlas: Atlas,
  explorer: Explorer,
  announce: (text: string) => void,
): () => void {
  const canvas = map.getCanvas();
  let current: string | null = null;

  const highlight = (id: string | null) => {
    if (current !== null) setFlags(map, featuresOf(atlas, current), { hover: false });
    current = id;
    if (id !== null) setFlags(map, featuresOf(atlas, id), { hover: true });
  };

  const describe = (id: string, index: number, count: number) => {
    const layers = [...new Set(atlas.pointsOf(id).map((p) => layerOf(p.collection)?.name))];
    return t('map.placeAnnouncement', {
      place: atlas.name(id),
      layers: andList(layers.filter((name) => name !== undefined)),
      position: index + 1,
      count,
    });
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'p') {
      const places = placesInView(map, atlas, explorer);
      if (places.length === 0) {
        highlight(null);
        announce(t('map.noPlacesInView'));
      } else {
        const at = current === null ? -1 : places.indexOf(current);
        const step = key === 'n' ? 1 : -1;
        const next = at === -1 ? (step === 1 ? 0 : places.length - 1) : at + step;
        const index = (next + places.length) % places.length;
        highlight(places[index]!);
        announce(describe(places[index]!, index, places.length));
      }
      event.preventDefault();
    } else if (event.key === 'Enter' && current !== null) {
      explorer.select(current);
      event.preventDefault();
    }
  };
  const onBlur = () => highlight(null);

  canvas.addEventListener('keydown', onKeydown);
  canvas.addEventListener('blur', onBlur);
  return () => {
    canvas.removeEventListener('keydown', onKeydown);
    canvas.removeEventListener('blur', onBlur);
    highlight(null);
  };
}
