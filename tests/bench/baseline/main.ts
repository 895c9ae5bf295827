/**
 * The benchmark's baseline: the plain way to build this map. MapLibre imported statically, the
 * Natural Earth 50m TopoJSON bundled into the JavaScript and decoded on the main thread, the points
 * handed to MapLibre as objects, a click that fills a plain panel. Not part of the app build: the
 * benchmark builds it into a temporary directory (tests/bench/run.ts).
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import gazetteer from '../../../geo/gazetteer.json';
import airPolicing from '../../../data/air-policing.json';
import efp from '../../../data/efp-battlegroups.json';
import attaches from '../../../data/attache-residences.json';
import summits from '../../../data/summits.json';

interface Entry {
  id: string;
  name: string;
  coordinates?: number[];
}
const places = new Map<string, Entry>(
  (gazetteer.entries as Entry[]).map((entry) => [entry.id, entry]),
);

function points(kind: string, ids: string[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: ids.flatMap((id) => {
      const place = places.get(id);
      if (!place?.coordinates) return [];
      const [lng = 0, lat = 0] = place.coordinates;
      return [
        {
          type: 'Feature',
          properties: { id, name: place.name, kind },
          geometry: { type: 'Point', coordinates: [lng, lat] },
        },
      ];
    }),
  };
}

const layers: [string, string, GeoJSON.FeatureCollection<GeoJSON.Point>][] = [
  [
    'air-policing',
    '#0072b2',
    points(
      'Air policing base',
      airPolicing.bases.map((b) => b.base),
    ),
  ],
  [
    'efp',
    '#d55e00',
    points(
      'eFP battlegroup',
      efp.battlegroups.map((b) => b.site),
    ),
  ],
  [
    'attaches',
    '#009e73',
    points(
      'Defence attaché residence',
      attaches.residences.map((r) => r.city),
    ),
  ],
  [
    'summits',
    '#cc79a7',
    points('Summit or institution', [
      ...summits.summits.map((s) => s.place),
      ...summits.institutions.map((i) => i.entity),
    ]),
  ],
];

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

maplibregl.setWorkerUrl(workerUrl);
const [zoom = 4.2, lat = 57, lng = 21] = (/map=([^&]+)/.exec(location.hash)?.[1] ?? '')
  .split('/')
  .map(Number)
  .filter(Number.isFinite);
const map = new maplibregl.Map({
  container: 'map',
  center: [lng, lat],
  zoom,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries },
      borders: { type: 'geojson', data: borders },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d6e4ef' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f4ef' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#8c8c8c' } },
    ],
  },
});
map.addControl(new maplibregl.NavigationControl());
map.once('idle', () => performance.mark('map-idle'));

map.on('load', () => {
  for (const [id, colour, data] of layers) {
    map.addSource(id, { type: 'geojson', data });
    map.addLayer({
      id,
      type: 'circle',
      source: id,
      paint: {
        'circle-color': colour,
        'circle-radius': 7,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
      },
    });
  }
});

const panel = document.getElementById('panel')!;
map.on('click', (event) => {
  const box: [[number, number], [number, number]] = [
    [event.point.x - 12, event.point.y - 12],
    [event.point.x + 12, event.point.y + 12],
  ];
  const hit = map.queryRenderedFeatures(box, { layers: layers.map(([id]) => id) })[0];
  panel.replaceChildren();
  if (!hit) return;
  const heading = document.createElement('h2');
  heading.textContent = String(hit.properties.name);
  const kind = document.createElement('p');
  kind.textContent = String(hit.properties.kind);
  panel.append(heading, kind);
});
