import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  featureFilter,
  validateStyleMin,
  type FilterSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { BALTIC_STATES } from '../../data/membership.ts';
import type { PointCollection } from '../../data/points.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { LAYERS, layerById } from '../../src/layers/index.ts';
import { iconLayerId } from '../../src/layers/point-layer.ts';
import { buildStyle, styleLayerIds } from '../../src/map/style.ts';
import { DARK, LIGHT, type Palette } from '../../src/map/theme.ts';
import { parseIconName } from '../../src/map/icons.ts';
import { DEFAULT_VIEW } from '../../src/state/default-view.ts';

const atlas = new Atlas(loadFactBaseFromDisk('.'));

interface PointFile {
  features: {
    geometry: { type: string };
    properties: { id: string; collection: PointCollection };
  }[];
}

/** The points the map reads, as `npm run generate` wrote them. */
function readPoints(): PointFile['features'] {
  const file = JSON.parse(readFileSync('public/generated/points.geojson', 'utf8')) as PointFile;
  return file.features;
}

function style(palette: Palette = LIGHT) {
  return buildStyle(palette, 'http://localhost/', { year: 2026 }, DEFAULT_VIEW.zoom);
}

/** How many features a style layer's filter lets through, in a given timeline year. */
function passing(
  layer: LayerSpecification,
  features: readonly { properties: object; geometry: { type: string } }[],
  year: number,
): number {
  if (!('filter' in layer) || layer.filter === undefined) return features.length;
  const { filter } = featureFilter(layer.filter as FilterSpecification, 'filter', { year });
  return features.filter((f) =>
    filter(
      { zoom: 6 },
      {
        type: f.geometry.type === 'Point' ? 1 : 3,
        properties: f.properties as Record<string, unknown>,
      },
    ),
  ).length;
}

describe('the map style', () => {
  for (const [name, palette] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    it(`passes the style specification's validator (${name})`, () => {
      expect(style(palette).layers.length).toBeGreaterThan(10);
      expect(validateStyleMin(style(palette))).toEqual([]);
    });
  }

  it("reads label glyphs from the app's own origin, and draws no background layer", () => {
    const built = style();
    expect(built.glyphs).toBe('http://localhost/glyphs/{fontstack}/{range}.pbf');
    // The sea is the map container's colour: MapView sets it, and the export fills it.
    expect(built.layers.filter((l) => l.type === 'background')).toEqual([]);
  });

  it('notices a broken layer', () => {
    const base = style();
    const broken = { ...base, layers: [...base.layers, { id: 'x', type: 'fill', source: 'nope' }] };
    expect(validateStyleMin(broken as typeof base).length).toBeGreaterThan(0);
  });

  it('gives every layer-list entry style layers that exist, and starts them visible', () => {
    const layers = new Map(style().layers.map((l) => [l.id, l]));
    const ids = styleLayerIds();
    expect([...ids.keys()]).toEqual(LAYERS.map((l) => l.id));
    for (const [layer, styleLayers] of ids) {
      expect(styleLayers.length, layer).toBeGreaterThan(0);
      for (const id of styleLayers) {
        expect(layers.get(id), id).toBeDefined();
        expect(layers.get(id)?.layout?.visibility ?? 'visible', id).toBe('visible');
      }
    }
  });

  it('draws each point layer with its own shape, in icons the map can draw itself', () => {
    const shapes = new Set<string>();
    for (const layer of style().layers) {
      if (layer.type !== 'symbol' || layer.layout?.['icon-image'] === undefined) continue;
      // A dated start and an undated one: the same shape, the second drawn dashed.
      const icon = layer.layout?.['icon-image'] as unknown[];
      const [dated, undated] = [icon[2], icon[3]] as string[];
      const parsed = parseIconName(dated!);
      expect(parsed, dated).not.toBeNull();
      expect(parseIconName(undated!)).toEqual({ ...parsed, dashed: true });
      shapes.add(parsed!.shape);
    }
    expect(shapes.size).toBe(LAYERS.filter((l) => l.geometry === 'point').length);
  });

  it('reads every point layer from one source and shows exactly its own points', () => {
    const points = readPoints();
    const layers = new Map(style().layers.map((l) => [l.id, l]));
    for (const layer of LAYERS.filter((l) => l.geometry === 'point')) {
      const icons = layers.get(iconLayerId(layer.id))!;
      const own = points.filter((p) => layer.collections.includes(p.properties.collection));
      const drawnEver = new Set(
        Array.from({ length: 2026 - 1991 + 1 }, (_, i) => 1991 + i).flatMap((year) =>
          own.filter((p) => passing(icons, [p], year) === 1).map((p) => p.properties.id),
        ),
      );
      expect(passing(icons, points, 2026), layer.id).toBeLessThanOrEqual(own.length);
      expect(drawnEver.size, layer.id).toBe(new Set(own.map((p) => p.properties.id)).size);
      expect(own.length, layer.id).toBeGreaterThan(0);
      expect(layer.items(atlas).length, layer.id).toBe(
        new Set(own.map((p) => p.properties.id)).size,
      );
    }
    // The timeline hides what did not exist yet: no eFP battlegroup before 2017.
    expect(layerById('efp')).toBeDefined();
    expect(passing(layers.get(iconLayerId('efp'))!, points, 2016)).toBe(0);
    expect(passing(layers.get(iconLayerId('efp'))!, points, 2017)).toBe(4);
  });

  it('needs no fact base: its sources are generated files, parsed in MapLibre’s worker', () => {
    const { countries, points, links } = style().sources as Record<string, { data: unknown }>;
    // The first view reads the overview; a map that opens at zoom 8 or deeper, the detail.
    expect(countries?.data).toBe('topojson://generated/basemap/countries-overview.topojson');
    const deep = buildStyle(LIGHT, 'http://localhost/', { year: 2026 }, 8).sources;
    expect((deep['countries'] as { data: unknown }).data).toBe(
      'topojson://generated/basemap/countries.topojson',
    );
    expect(points?.data).toBe('http://localhost/generated/points.geojson');
    // The links only show for a selection: MapView hands over their file on the first one.
    expect(links?.data).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('reads the basemap tiles from the app’s own archive, with no TileJSON round trip', () => {
    const { basemap } = style().sources as Record<string, { tiles?: string[]; url?: string }>;
    expect(basemap?.url).toBeUndefined();
    expect(basemap?.tiles).toEqual([
      expect.stringMatching(
        /^pmtiles:\/\/http:\/\/localhost\/tiles\/basemap\.[0-9a-f]{12}\.pmtiles\/\{z\}\/\{x\}\/\{y\}$/,
      ),
    ]);
  });

  it('draws the water over the layers’ fills, and the labels over everything', () => {
    const ids = style().layers.map((l) => l.id);
    const water = ids.indexOf('water');
    expect(water).toBeGreaterThan(ids.indexOf('members-fill'));
    expect(water).toBeGreaterThan(ids.indexOf('members-baltic-outline'));
    expect(ids.indexOf('towns')).toBeGreaterThan(water);
    // Placed first: the capitals from zoom 6, then the Baltic states' names, before all else.
    expect(ids.slice(-2)).toEqual(['baltic-labels', 'capitals']);
  });

  it('names a capital in exactly one town layer at every zoom, the first-placed one from 6', () => {
    const layers = new Map(style().layers.map((l) => [l.id, l]));
    const riga = { type: 1 as const, properties: { kind: 'capital', min_zoom: 2, name: 'Rīga' } };
    const town = { type: 1 as const, properties: { kind: 'town', min_zoom: 5, name: 'Ogre' } };
    const shows = (id: string, zoom: number, feature: typeof riga | typeof town) => {
      const layer = layers.get(id)!;
      if (!('filter' in layer) || layer.filter === undefined) return true;
      return featureFilter(layer.filter as FilterSpecification, 'filter').filter({ zoom }, feature);
    };
    for (const zoom of [3, 5, 6, 9]) {
      expect([shows('towns', zoom, riga), shows('capitals', zoom, riga)], `zoom ${zoom}`).toEqual(
        zoom >= 6 ? [false, true] : [true, false],
      );
    }
    expect(shows('towns', 9, town)).toBe(true);
    expect(shows('capitals', 9, town)).toBe(false);
  });

  it('starts the links hidden, so the first load does not tile them either', () => {
    const links = style().layers.find((l) => l.id === 'links');
    expect(links?.layout).toMatchObject({ visibility: 'none' });
  });

  it('outlines exactly the Baltic states, and the partners the documents name', () => {
    const countries = [...atlas.entities.values()]
      .filter((e) => e.kinds.includes('country'))
      .map((e) => ({
        geometry: { type: 'Polygon' },
        properties: {
          kind: 'country',
          id: e.id,
          ...((BALTIC_STATES as readonly string[]).includes(e.id) ? { baltic: true } : {}),
          ...(atlas.partners.has(e.id) ? { partner: true } : {}),
        },
      }));
    const layers = new Map(style().layers.map((l) => [l.id, l]));
    expect(passing(layers.get('members-baltic-outline')!, countries, 2026)).toBe(3);
    expect(passing(layers.get('members-partner-outline')!, countries, 2026)).toBe(
      atlas.partners.size,
    );
  });
});
