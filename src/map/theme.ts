/**
 * The map's palettes: the basemap's colours and the highlights every layer shares. A layer's own
 * colours live in its module (src/layers/), for both schemes.
 */
export type Scheme = 'light' | 'dark';

export interface Palette {
  scheme: Scheme;
  /** Sea, lakes and lagoons alike: one water colour, clearly apart from every land fill. */
  sea: string;
  land: string;
  /** The coast and lake shores, at 3:1 against the water (WCAG 2.1, 1.4.11). */
  coast: string;
  river: string;
  /** Land borders between countries. */
  border: string;
  label: string;
  labelHalo: string;
  town: string;
  selected: string;
  related: string;
  link: string;
  pointOutline: string;
  /** The page around an exported map: the panels' own surface and text colours. */
  paper: { background: string; text: string; muted: string };
}

export const LIGHT: Palette = {
  scheme: 'light',
  sea: '#bfdce8',
  land: '#f4f1ea',
  coast: '#4b7f99',
  river: '#8fbfd4',
  border: '#7d8794',
  label: '#2b2b2b',
  labelHalo: '#ffffff',
  town: '#4a4f57',
  selected: '#ffd23f',
  related: '#ffe9a3',
  link: '#3a3a3a',
  pointOutline: '#1b1d21',
  paper: { background: '#ffffff', text: '#1b1d21', muted: '#4b5260' },
};

export const DARK: Palette = {
  scheme: 'dark',
  sea: '#0f2a3a',
  land: '#2a2d33',
  coast: '#6fa8c4',
  river: '#2f5c73',
  border: '#7a8591',
  label: '#e8e8e8',
  labelHalo: '#101214',
  town: '#c3c8cf',
  selected: '#ffd23f',
  related: '#8a7420',
  link: '#e0e0e0',
  pointOutline: '#f4f4f4',
  paper: { background: '#1b1e23', text: '#eceff3', muted: '#b4bcc8' },
};

export const paletteFor = (scheme: Scheme): Palette => (scheme === 'dark' ? DARK : LIGHT);
