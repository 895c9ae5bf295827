import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../src/map/style.ts';
import { DARK, LIGHT } from '../../src/map/theme.ts';

describe('the map style', () => {
  for (const [name, palette] of [
    ['light', LIGHT],
    ['dark', DARK],
  ] as const) {
    it(`passes the style specification's validator (${name})`, () => {
      const style = buildStyle(palette, 'http://localhost/', 'lite');
      expect(style.layers.length).toBeGreaterThan(3);
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  it('asks no glyph server for fonts', () => {
    expect(buildStyle(LIGHT, 'http://localhost/', 'lite')).not.toHaveProperty('glyphs');
  });

  it('notices a broken layer', () => {
    const style = buildStyle(LIGHT, 'http://localhost/', 'lite');
    const broken = {
      ...style,
      layers: [...style.layers, { id: 'x', type: 'fill', source: 'nope' }],
    };
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0);
  });
});
