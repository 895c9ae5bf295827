import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { buildStyle, POINT_LAYERS, STYLE_LAYERS } from '../../src/map/style.ts';
import { DARK, LIGHT, type Palette } from '../../src/map/theme.ts';
import { parseIconName } from '../../src/map/icons.ts';

const atlas = new Atlas(loadFactBaseFromDisk('.'));

function style(palette: Palette = LIGHT) {
  return buildStyle(
    palette,
    'http://localhost/',
    'lite',
    {
      membership: atlas.membership(),
      points: atlas.points,
      links: 'http://localhost/generated/links.geojson',
    },
    { year: 2026 },
  );
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

  it('asks no glyph server for fonts', () => {
    expect(style()).not.toHaveProperty('glyphs');
  });

  it('notices a broken layer', () => {
    const base = style();
    const broken = { ...base, layers: [...base.layers, { id: 'x', type: 'fill', source: 'nope' }] };
    expect(validateStyleMin(broken as typeof base).length).toBeGreaterThan(0);
  });

  it('gives every layer-list entry style layers that exist, and starts them visible', () => {
    const layers = new Map(style().layers.map((l) => [l.id, l]));
    for (const ids of Object.values(STYLE_LAYERS)) {
      for (const id of ids) {
        expect(layers.get(id), id).toBeDefined();
        expect(layers.get(id)?.layout).toMatchObject({ visibility: 'visible' });
      }
    }
  });

  it('draws each point layer with its own shape, in icons the map can draw itself', () => {
    const shapes = new Set<string>();
    for (const layer of style().layers) {
      if (layer.type !== 'symbol' || layer.id === 'country-labels') continue;
      const icon = layer.layout?.['icon-image'];
      expect(typeof icon).toBe('string');
      const parsed = parseIconName(icon as string);
      expect(parsed, icon as string).not.toBeNull();
      shapes.add(parsed!.shape);
    }
    expect(shapes.size).toBe(POINT_LAYERS.length);
  });
});
