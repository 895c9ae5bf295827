/**
 * Clicks, taps and hover: the nearest visible point within a thumb's reach, or else the country
 * under the pointer. A click selects it; hover outlines it (only where a pointer can hover).
 */
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Atlas } from '../../data/atlas.ts';
import { layerOf } from '../../layers/index.ts';
import type { Explorer } from '../../state/explorer.svelte.ts';
import { LAND_LAYER } from '../basemap.ts';
import { featuresOf, setFlags, type FeatureRef } from '../features.ts';
import { nearestPoint, type Pixel } from '../hit-test.ts';

/** A thumb is wide: a tap this many CSS pixels from a point's centre still hits it. */
const HIT_RADIUS = 30;

function hitTest(map: MaplibreMap, atlas: Atlas, explorer: Explorer, at: Pixel): string | null {
  const point = nearestPoint(atlas.points, at, {
    project: (lngLat) => map.project(lngLat),
    worldWidth: 512 * 2 ** map.getZoom(),
    visible: (p) => {
      const layer = layerOf(p.collection);
      return (
        layer !== undefined && explorer.layers.has(layer.id) && (p.since ?? 0) <= explorer.year
      );
    },
    radius: HIT_RADIUS,
  });
  if (point !== null) return point;
  const [country] = map.queryRenderedFeatures([at.x, at.y], { layers: [LAND_LAYER] });
  const id = country?.properties['id'];
  return typeof id === 'string' && atlas.entity(id) ? id : null;
}

export function syncPointer(map: MaplibreMap, atlas: Atlas, explorer: Explorer): () => void {
  const onClick = (event: MapMouseEvent) =>
    explorer.select(hitTest(map, atlas, explorer, event.point));
  map.on('click', onClick);
  if (!matchMedia('(hover: hover)').matches) return () => map.off('click', onClick);

  let hovered: FeatureRef[] = [];
  let hoveredId: string | null = null;
  const onMove = (event: MapMouseEvent) => {
    const id = hitTest(map, atlas, explorer, event.point);
    // Feature-state asks for a repaint: only when the pointer moves to another place.
    if (id === hoveredId) return;
    hoveredId = id;
    const refs = id === null ? [] : featuresOf(atlas, id);
    setFlags(map, hovered, { hover: false });
    setFlags(map, refs, { hover: true });
    hovered = refs;
    map.getCanvas().style.cursor = id === null ? '' : 'pointer';
  };
  const onOut = () => {
    setFlags(map, hovered, { hover: false });
    hovered = [];
    hoveredId = null;
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onOut);
  return () => {
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.off('mouseout', onOut);
    onOut();
  };
}
