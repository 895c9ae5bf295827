/**
 * Writes the map's label glyphs (public/glyphs/<fontstack>/<range>.pbf) from the self-hosted
 * label font, for every character the generated labels use. The distance fields are drawn by
 * TinySDF in Chromium with the settings of MapLibre's glyph PBFs, so the map draws the same glyphs
 * it drew from the web font, without drawing them on its main thread at every load.
 *
 * Not part of `npm run generate`, because it needs Chromium: run `npm run glyphs` after a change to
 * the labels or the font, and commit the result. tests/unit/glyphs.test.ts fails while a label
 * uses a character the files lack.
 */
import type TinySDFClass from '@mapbox/tiny-sdf';
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import {
  encodeGlyphRange,
  GLYPH_BORDER,
  GLYPH_FONTSTACK,
  GLYPH_SIZE,
  labelCharacters,
  rangeOf,
  type Glyph,
} from './glyphs.ts';
import { mapLabels } from './map-labels.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Noto Sans 400: the app's own cut (the Latin letters of the interface) first, then the
 * fontsource files for what town names elsewhere add (Latin Extended-B and Additional,
 * Cyrillic), tried in this order for each character.
 */
const fontFiles = [
  join(root, 'public', 'fonts', 'noto-sans-latin-400.woff2'),
  ...['latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext'].map((subset) =>
    createRequire(import.meta.url).resolve(
      `@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff2`,
    ),
  ),
];
const fonts = fontFiles.map((file) => [...readFileSync(file)]);
const tinySdf = readFileSync(createRequire(import.meta.url).resolve('@mapbox/tiny-sdf'), 'utf8');

const tiles = JSON.parse(readFileSync(join(root, 'public', 'tiles', 'manifest.json'), 'utf8')) as {
  labelCharacters: string;
};
const codePoints = labelCharacters([
  ...mapLabels(join(root, 'public', 'generated')),
  tiles.labelCharacters,
  // The digits and words the style writes around a point's name ("2 attachés").
  '0123456789 attaché attachés',
]);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let glyphs: Glyph[];
try {
  const page = await browser.newPage();
  // TinySDF is an ES module; as a classic script its class becomes a global.
  await page.addScriptTag({
    content: tinySdf.replace('export default class TinySDF', 'globalThis.TinySDF = class TinySDF'),
  });
  const drawn = await page.evaluate(
    async ({ fonts, codePoints, size, border }) => {
      const families = await Promise.all(
        fonts.map(async (bytes, i) => {
          const face = new FontFace(`AtlasLabel${i}`, new Uint8Array(bytes));
          document.fonts.add(await face.load());
          return `AtlasLabel${i}`;
        }),
      );
      // MapLibre's PBF settings: 24 px glyphs, a 3 px border, an 8 px field radius.
      const { TinySDF } = globalThis as unknown as { TinySDF: typeof TinySDFClass };
      const sdf = new TinySDF({
        fontSize: size,
        buffer: border,
        radius: 8,
        cutoff: 0.25,
        fontFamily: families.join(', '),
        fontWeight: '400',
      });
      return codePoints.map((id) => {
        const g = sdf.draw(String.fromCodePoint(id));
        const blank = g.glyphWidth === 0 || g.glyphHeight === 0;
        return {
          id,
          bitmap: blank ? null : Array.from(g.data),
          width: blank ? 0 : g.glyphWidth,
          height: blank ? 0 : g.glyphHeight,
          left: g.glyphLeft,
          top: g.glyphTop,
          advance: g.glyphAdvance,
        };
      });
    },
    { fonts, codePoints, size: GLYPH_SIZE, border: GLYPH_BORDER },
  );
  glyphs = drawn.map((g) => ({
    id: g.id,
    ...(g.bitmap ? { bitmap: Uint8Array.from(g.bitmap) } : {}),
    width: g.width,
    height: g.height,
    left: g.left,
    // TinySDF measures from the baseline, a PBF from MapLibre's line box: the offset MapLibre
    // itself applies to the glyphs it draws with TinySDF.
    top: g.top - 27,
    advance: Math.round(g.advance),
  }));
} finally {
  await browser.close();
}

const out = join(root, 'public', 'glyphs', GLYPH_FONTSTACK);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const byRange = new Map<string, Glyph[]>();
for (const glyph of glyphs) {
  const range = rangeOf(glyph.id);
  byRange.set(range, [...(byRange.get(range) ?? []), glyph]);
}
for (const [range, inRange] of byRange) {
  const bytes = encodeGlyphRange(GLYPH_FONTSTACK, range, inRange);
  writeFileSync(join(out, `${range}.pbf`), bytes);
  console.log(`glyphs: ${range}.pbf, ${inRange.length} glyphs, ${bytes.length} bytes`);
}
