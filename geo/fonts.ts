/**
 * The name the label glyphs are served under (public/glyphs/<name>/): written by
 * geo/build-glyphs.ts, read by the map's style.
 */
export const GLYPH_FONTSTACK = 'noto-sans-regular';
