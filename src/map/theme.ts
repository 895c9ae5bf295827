/**
 * The map's palettes: the basemap's colours and the highlights every layer shares. A layer's own
 * colours live in its module (src/layers/), for both schemes.
 */
export type Scheme = 'light' | 'dark';

export interface Palette {
  scheme: Scheme;
  sea: string;
  land: string;
  /** Country outlines, coasts and borders alike. */
  border: string;
  label: string;
  labelHalo: string;
  selected: string;
  related: string;
  link: string;
  pointOutline: string;
  /** The page around an exported map: the panels' own surface and text colours. */
  paper: { background: string; text: string; muted: string };
}

export const LIGHT: Palette = {
  scheme: 'light',
  sea: '#e3ebf1',
  land: '#f6f4ef',
  border: '#8f9aa6',
  label: '#2b2b2b',
  labelHalo: '#ffffff',
  selected: '#ffd23f',
  related: '#ffe9a3',
  link: '#3a3a3a',
  pointOutline: '#1b1d21',
  paper: { background: '#ffffff', text: '#1b1d21', muted: '#4b5260' },
};

export const DARK: Palette = {
  scheme: 'dark',
  sea: '#0e1a26',
  land: '#26292e',
  border: '#6d7784',
  label: '#e8e8e8',
  labelHalo: '#101214',
  selected: '#ffd23f',
  related: '#8a7420',
  link: '#e0e0e0',
  pointOutline: '#f4f4f4',
  paper: { background: '#1b1e23', text: '#eceff3', muted: '#b4bcc8' },
};

export const paletteFor = (scheme: Scheme): Palette => (scheme === 'dark' ? DARK : LIGHT);

export { LABEL_FONT } from './sources.ts';
