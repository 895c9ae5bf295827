import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeGlyphRange,
  encodeGlyphRange,
  GLYPH_BORDER,
  GLYPH_FONTSTACK,
  labelCharacters,
  rangeOf,
  type Glyph,
} from '../../geo/glyphs.ts';
import { LANGUAGE_LETTERS_BOTH_CASES, mapLabels } from '../../geo/map-labels.ts';
import { buildStyle } from '../../src/map/style.ts';
import { LABEL_FONT } from '../../src/map/sources.ts';
import { LIGHT } from '../../src/map/theme.ts';
import { DEFAULT_VIEW } from '../../src/state/default-view.ts';

const GENERATED = join('public', 'generated');
const GLYPHS = join('public', 'glyphs');

/** The committed glyph file a style asks for, as MapLibre fills in the glyphs URL. */
function glyphFile(codePoint: number): string {
  const url = buildStyle(LIGHT, 'http://localhost/', { year: 2026 }, DEFAULT_VIEW.zoom)
    .glyphs!.replace('{fontstack}', LABEL_FONT.join(','))
    .replace('{range}', rangeOf(codePoint));
  return join('public', decodeURI(new URL(url).pathname));
}

const decoded = new Map<string, Map<number, Glyph>>();
function glyphsIn(file: string): Map<number, Glyph> {
  let glyphs = decoded.get(file);
  if (!glyphs) {
    glyphs = new Map(decodeGlyphRange(readFileSync(file)).map((g) => [g.id, g]));
    decoded.set(file, glyphs);
  }
  return glyphs;
}

/** The town names the tiles carry, as the tile generator lists their characters. */
function tilesManifest(): { labelCharacters: string } {
  return JSON.parse(readFileSync(join('public', 'tiles', 'manifest.json'), 'utf8')) as {
    labelCharacters: string;
  };
}

/** Every string a symbol layer's text-field can draw besides the data's: "1 attaché" and such. */
function styleTexts(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.slice(1).forEach(walk);
  };
  for (const layer of buildStyle(LIGHT, 'http://localhost/', { year: 2026 }, DEFAULT_VIEW.zoom)
    .layers) {
    if (layer.type === 'symbol') walk(layer.layout?.['text-field']);
  }
  return texts;
}

describe('the label glyphs', () => {
  it('have every character a map label uses, drawn (rerun npm run glyphs if not)', () => {
    expect(existsSync(join(GENERATED, 'points.geojson')), 'run npm run generate first').toBe(true);
    const characters = labelCharacters([
      ...mapLabels(GENERATED),
      ...styleTexts(),
      tilesManifest().labelCharacters,
    ]);
    // Latvian, Lithuanian and Estonian letters are among them: a real range beyond ASCII.
    expect(characters).toEqual(expect.arrayContaining([...'ŠĀāÄž'].map((c) => c.codePointAt(0))));
    // Every letter of Latvian and Lithuanian, small and capital, labels in those languages use.
    expect(LANGUAGE_LETTERS_BOTH_CASES).toHaveLength(40);
    expect(characters).toEqual(
      expect.arrayContaining([...LANGUAGE_LETTERS_BOTH_CASES].map((c) => c.codePointAt(0))),
    );
    expect(mapLabels(GENERATED)).toEqual(expect.arrayContaining(['Vācija', 'Viļņa', 'Kyjivas']));
    const missing = characters.filter((c) => {
      const file = glyphFile(c);
      return !existsSync(file) || !glyphsIn(file).has(c);
    });
    expect(missing.map((c) => String.fromCodePoint(c))).toEqual([]);
    for (const c of characters) {
      const glyph = glyphsIn(glyphFile(c)).get(c)!;
      // Spaces draw nothing, and combining marks sit on the letter before them with no advance.
      if (String.fromCodePoint(c).trim() === '' || /\p{Mn}/u.test(String.fromCodePoint(c)))
        continue;
      expect(glyph.advance, String.fromCodePoint(c)).toBeGreaterThan(0);
      // MapLibre reads a bitmap as (width + 2 × border) × (height + 2 × border) values.
      expect(glyph.bitmap?.length, String.fromCodePoint(c)).toBe(
        (glyph.width + 2 * GLYPH_BORDER) * (glyph.height + 2 * GLYPH_BORDER),
      );
    }
  });

  it('are fields, not blanks: an edge runs through each letter', () => {
    const glyph = glyphsIn(glyphFile(0x160)).get(0x160)!; // Š
    const values = [...glyph.bitmap!];
    // MapLibre draws a glyph's edge at 192; a field has values on both sides of it.
    expect(values.some((v) => v > 192)).toBe(true);
    expect(values.some((v) => v < 100)).toBe(true);
  });

  it('are named for the font the labels ask for', () => {
    expect(LABEL_FONT).toEqual([GLYPH_FONTSTACK]);
    expect(existsSync(join(GLYPHS, GLYPH_FONTSTACK, '0-255.pbf'))).toBe(true);
  });

  it('round-trip through the PBF encoding, blank glyphs without a bitmap', () => {
    const glyphs: Glyph[] = [
      {
        id: 65,
        bitmap: new Uint8Array(7 * 8).fill(200),
        width: 1,
        height: 2,
        left: -1,
        top: -5,
        advance: 9,
      },
      { id: 32, width: 0, height: 0, left: 0, top: -27, advance: 6 },
    ];
    const bytes = encodeGlyphRange(GLYPH_FONTSTACK, '0-255', glyphs);
    expect(decodeGlyphRange(bytes)).toEqual(glyphs);
  });

  it('are grouped by the ranges MapLibre asks for', () => {
    expect(rangeOf(0x41)).toBe('0-255');
    expect(rangeOf(0x160)).toBe('256-511');
    expect(rangeOf(0x2013)).toBe('8192-8447');
  });
});
