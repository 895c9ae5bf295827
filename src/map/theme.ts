/** Map palettes. Thematic colours are chosen to stay apart for colour-blind readers (Okabe–Ito). */
export interface Palette {
  sea: string;
  land: string;
  border: string;
  coast: string;
  label: string;
  labelHalo: string;
}

export const LIGHT: Palette = {
  sea: '#d6e4ef',
  land: '#f6f4ef',
  border: '#8c8c8c',
  coast: '#7f9db5',
  label: '#2b2b2b',
  labelHalo: '#ffffff',
};

export const DARK: Palette = {
  sea: '#0e1a26',
  land: '#26292e',
  border: '#80868f',
  coast: '#4f6b82',
  label: '#e8e8e8',
  labelHalo: '#101214',
};

/** The self-hosted web font MapLibre renders labels with (no glyph server; see index.css). */
export const LABEL_FONT = ['Noto Sans'];
