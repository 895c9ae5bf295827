/**
 * Clicks, taps and hover: the nearest visible point within a thumb's reach, or else a town label
 * there that is a place of the atlas, or else the country under the pointer. A click selects it;
 * hover outlines it (only where a pointer can hover).
 */
import type { LngLat, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Atlas } from '../../data/atlas.ts';
import { LAYERS, layerOf } from '../../layers/index.ts';
import { iconLayerId } from '../../layers/point-layer.ts';
import { isDrawnIn } from '../../../data/points.ts';
import type { Explorer } from '../../state/explorer.svelte.ts';
import { LAND_LAYER, TOWN_LAYERS, WATER_LAYER } from '../basemap.ts';
import { featuresOf, setFlags, type FeatureRef } from '../features.ts';
import { nearestPoint, type Pixel, type PlacedPoint } from '../hit-test.ts';
import { cityOfTown, citiesBySpelling } from '../towns.ts';

/** A thumb is wide: a tap this many CSS pixels from a point's centre still hits it. */
const HIT_RADIUS = 30;

/** How long the pointer rests on a place before it is outlined as hovered. */
const HOVER_REST_MS = 60;

/** Half the side of the box a tap on a town's name is looked for in. */
const TOWN_REACH = 14;

function townAt(
  map: MaplibreMap,
  atlas: Atlas,
  cities: ReadonlyMap<string, string[]>,
  at: Pixel,
): string | null {
  const box: [[number, number], [number, number]] = [
    [at.x - TOWN_REACH, at.y - TOWN_REACH],
    [at.x + TOWN_REACH, at.y + TOWN_REACH],
  ];
  for (const town of map.queryRenderedFeatures(box, { layers: TOWN_LAYERS })) {
    const name = town.properties['name'];
    if (typeof name !== 'string' || town.geometry.type !== 'Point') continue;
    const [lng = 0, lat = 0] = town.geometry.coordinates;
    const id = cityOfTown(atlas, cities, { name, coordinates: [lng, lat] });
    if (id !== null) return id;
  }
  return null;
}

function hitTest(
  map: MaplibreMap,
  atlas: Atlas,
  cities: ReadonlyMap<string, string[]>,
  explorer: Explorer,
  at: Pixel,
): string | null {
  const point = nearestPoint(atlas.points, at, {
    project: (lngLat) => map.project(lngLat),
    worldWidth: 512 * 2 ** map.getZoom(),
    visible: (p) => {
      const layer = layerOf(p.collection);
      return layer !== undefined && explorer.layers.has(layer.id) && isDrawnIn(p, explorer.year);
    },
    radius: HIT_RADIUS,
  });
  if (point !== null) return point;
  const town = townAt(map, atlas, cities, at);
  if (town !== null) return town;
  // The country polygons reach a little over the sea, under the tiles' water: a click on the
  // water is on no country.
  const under = map.queryRenderedFeatures([at.x, at.y], { layers: [WATER_LAYER, LAND_LAYER] });
  if (under.some((feature) => feature.layer.id === WATER_LAYER)) return null;
  const country = under.find((feature) => feature.layer.id === LAND_LAYER);
  const id = country?.properties['id'];
  return typeof id === 'string' && atlas.entity(id) ? id : null;
}

/** A place the map itself draws, named in its own point data: all a tap has before the facts. */
export interface EarlyPick {
  id: string;
  name: string;
}

/**
 * Keeps the last click on a map that has no fact base yet (a phone's first view fetches it once
 * the map is drawn), where on the earth it was, for syncPointer to answer once the facts are here;
 * and names at once the drawn point nearest the click, from the map's own point data, so the tap
 * is answered before the facts arrive.
 */
export function holdClicks(
  map: MaplibreMap,
  hold: (at: LngLat, pick: EarlyPick | null) => void,
): () => void {
  const onClick = (event: MapMouseEvent) => hold(event.lngLat, drawnPointAt(map, event.point));
  map.on('click', onClick);
  return () => map.off('click', onClick);
}

/** The point layers' icons: a tap's box is queried in these alone, not in every layer. */
const POINT_ICON_LAYERS = LAYERS.filter((layer) => layer.geometry === 'point').map((layer) =>
  iconLayerId(layer.id),
);

function drawnPointAt(map: MaplibreMap, at: Pixel): EarlyPick | null {
  const box: [[number, number], [number, number]] = [
    [at.x - HIT_RADIUS, at.y - HIT_RADIUS],
    [at.x + HIT_RADIUS, at.y + HIT_RADIUS],
  ];
  const drawn = new Map<string, EarlyPick & PlacedPoint>();
  for (const feature of map.queryRenderedFeatures(box, { layers: POINT_ICON_LAYERS })) {
    const { id, name } = feature.properties;
    if (typeof id !== 'string' || typeof name !== 'string' || feature.geometry.type !== 'Point')
      continue;
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    drawn.set(id, { id, name, coordinates: [lng, lat] });
  }
  const id = nearestPoint([...drawn.values()], at, {
    project: (lngLat) => map.project(lngLat),
    worldWidth: 512 * 2 ** map.getZoom(),
    // Drawn, so shown: its layer is on and the timeline's year has it.
    visible: () => true,
    radius: HIT_RADIUS,
  });
  return id === null ? null : (drawn.get(id) ?? null);
}

/** `held`: a click holdClicks kept, answered at once, wherever the map has moved it to since. */
export function syncPointer(
  map: MaplibreMap,
  atlas: Atlas,
  explorer: Explorer,
  held?: LngLat,
): () => void {
  const cities = citiesBySpelling(atlas);
  const onClick = (event: MapMouseEvent) =>
    explorer.select(hitTest(map, atlas, cities, explorer, event.point));
  map.on('click', onClick);
  // After this turn: the link's own state is applied in it, once the fact base is here, and a
  // link without a selection would clear this one.
  let current = true;
  if (held)
    queueMicrotask(
      () => current && explorer.select(hitTest(map, atlas, cities, explorer, map.project(held))),
    );
  if (!matchMedia('(hover: hover)').matches) return () => map.off('click', onClick);

  let hovered: FeatureRef[] = [];
  let hoveredId: string | null = null;
  const hoverAt = (at: Pixel) => {
    const id = hitTest(map, atlas, cities, explorer, at);
    // Feature-state asks for a repaint: only when the pointer moves to another place.
    if (id === hoveredId) return;
    hoveredId = id;
    const refs = id === null ? [] : featuresOf(atlas, id);
    setFlags(map, hovered, { hover: false });
    setFlags(map, refs, { hover: true });
    hovered = refs;
    map.getCanvas().style.cursor = id === null ? '' : 'pointer';
  };
  // Hover waits for the pointer to rest: a pointer crossing the map does not hit-test and repaint
  // it at every place it passes, and a click's details are not painted behind a hover's frame.
  let resting: ReturnType<typeof setTimeout> | undefined;
  const onMove = (event: MapMouseEvent) => {
    clearTimeout(resting);
    resting = setTimeout(() => hoverAt(event.point), HOVER_REST_MS);
  };
  const onDown = () => clearTimeout(resting);
  const onOut = () => {
    clearTimeout(resting);
    setFlags(map, hovered, { hover: false });
    hovered = [];
    hoveredId = null;
  };
  map.on('mousemove', onMove);
  map.on('mousedown', onDown);
  map.on('mouseout', onOut);
  return () => {
    current = false;
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.off('mousedown', onDown);
    map.off('mouseout', onOut);
    onOut();
  };
}
