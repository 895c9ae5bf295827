/**
 * The label glyphs as signed distance fields in MapLibre's glyph PBF format, so the map reads its
 * labels' glyphs from two small files instead of drawing every glyph from the web font on the main
 * thread while the first view loads (TinySDF: about 90 ms at the bench's 4× slowdown).
 * Format: https://github.com/maplibre/maplibre-gl-js/blob/main/src/style/parse_glyph_pbf.ts
 */
import { PbfReader, PbfWriter } from 'pbf';

export { GLYPH_FONTSTACK } from './fonts.ts';

/** What MapLibre expects of a glyph PBF: 24 px glyphs, 3 px of field around each bitmap. */
export const GLYPH_SIZE = 24;
export const GLYPH_BORDER = 3;

export interface Glyph {
  id: number;
  /** (width + 2 × border) × (height + 2 × border) distance values; absent for a blank glyph. */
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** Every character the map's labels use: country names and the point layers' labels. */
export function labelCharacters(labels: Iterable<string>): number[] {
  const codePoints = new Set<number>();
  for (const label of labels) {
    for (const char of label) {
      // A newline breaks a label's lines; it is never drawn.
      if (char !== '\n') codePoints.add(char.codePointAt(0)!);
    }
  }
  return [...codePoints].sort((a, b) => a - b);
}

/** MapLibre asks for glyphs 256 code points at a time, from `{start}-{end}.pbf`. */
export function rangeOf(codePoint: number): string {
  const start = Math.floor(codePoint / 256) * 256;
  return `${start}-${start + 255}`;
}

export function encodeGlyphRange(fontstack: string, range: string, glyphs: Glyph[]): Uint8Array {
  const pbf = new PbfWriter();
  const writeGlyph = (glyph: Glyph) => {
    pbf.writeVarintField(1, glyph.id);
    if (glyph.bitmap) pbf.writeBytesField(2, glyph.bitmap);
    pbf.writeVarintField(3, glyph.width);
    pbf.writeVarintField(4, glyph.height);
    pbf.writeSVarintField(5, glyph.left);
    pbf.writeSVarintField(6, glyph.top);
    pbf.writeVarintField(7, glyph.advance);
  };
  pbf.writeMessage(
    1,
    () => {
      pbf.writeStringField(1, fontstack);
      pbf.writeStringField(2, range);
      for (const glyph of glyphs) pbf.writeMessage(3, writeGlyph, glyph);
    },
    null,
  );
  return pbf.finish();
}

export function decodeGlyphRange(bytes: Uint8Array): Glyph[] {
  const glyphs: Glyph[] = [];
  new PbfReader(bytes).readFields((stackTag, _stack, pbf) => {
    if (stackTag !== 1) return;
    pbf.readMessage((tag, _unused, p) => {
      if (tag !== 3) return;
      const glyph = p.readMessage<Glyph>(
        (field, g, q) => {
          if (field === 1) g.id = q.readVarint();
          else if (field === 2) g.bitmap = q.readBytes();
          else if (field === 3) g.width = q.readVarint();
          else if (field === 4) g.height = q.readVarint();
          else if (field === 5) g.left = q.readSVarint();
          else if (field === 6) g.top = q.readSVarint();
          else if (field === 7) g.advance = q.readVarint();
        },
        { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 },
      );
      glyphs.push(glyph);
    }, null);
  }, null);
  return glyphs;
}
