/**
 * Map palettes. Point layers take Okabe–Ito colours, which stay apart for colour-blind readers,
 * and each also has its own shape, so no layer is told apart by colour alone.
 */
import type { PointLayerId, WaveId } from '../data/atlas.ts';

export interface Palette {
  sea: string;
  land: string;
  /** Country outlines, coasts and borders alike. */
  border: string;
  label: string;
  labelHalo: string;
  /** Member states by accession wave, oldest darkest. */
  waves: Record<WaveId, string>;
  partner: string;
  partnerOutline: string;
  balticOutline: string;
  hover: string;
  selected: string;
  related: string;
  link: string;
  points: Record<PointLayerId, string>;
  pointOutline: string;
}

const POINT_COLOURS: Record<PointLayerId, string> = {
  attaches: '#CC79A7',
  'air-policing': '#D55E00',
  efp: '#009E73',
  operations: '#E69F00',
  summits: '#0072B2',
};

export const LIGHT: Palette = {
  sea: '#e3ebf1',
  land: '#f6f4ef',
  border: '#8f9aa6',
  label: '#2b2b2b',
  labelHalo: '#ffffff',
  waves: {
    w1949: '#6f93c4',
    w1952: '#86a6d0',
    w1999: '#9db8db',
    w2004: '#b4c9e5',
    w2009: '#c8d7ec',
    w2023: '#dbe5f3',
  },
  partner: '#f1dfbf',
  partnerOutline: '#8a6a2e',
  balticOutline: '#12315c',
  hover: '#ffffff',
  selected: '#ffd23f',
  related: '#ffe9a3',
  link: '#3a3a3a',
  points: POINT_COLOURS,
  pointOutline: '#1b1d21',
};

export const DARK: Palette = {
  sea: '#0e1a26',
  land: '#26292e',
  border: '#6d7784',
  label: '#e8e8e8',
  labelHalo: '#101214',
  waves: {
    w1949: '#2d4a73',
    w1952: '#34527d',
    w1999: '#3c5b87',
    w2004: '#456592',
    w2009: '#4e6f9c',
    w2023: '#5879a6',
  },
  partner: '#5a4a2c',
  partnerOutline: '#d8b66a',
  balticOutline: '#cfe0ff',
  hover: '#ffffff',
  selected: '#ffd23f',
  related: '#8a7420',
  link: '#e0e0e0',
  points: POINT_COLOURS,
  pointOutline: '#f4f4f4',
};

/**
 * The labels' glyphs: Noto Sans, the page's own font, as the distance fields MapLibre draws text
 * from, served with the app (public/glyphs/, written by geo/build-glyphs.ts).
 */
export const GLYPH_FONTSTACK = 'noto-sans-regular';
export const LABEL_FONT = [GLYPH_FONTSTACK];
