/**
 * The map as a picture someone can put in a report: a title above the current view, and below it
 * the legend of the visible layers and a line naming the sources. The legend's entries are pure
 * (tested); the drawing needs a browser canvas.
 */
import { attribution } from '../../public/tiles/manifest.json';
import { LAYERS, undatedSign, type LayerId, type LegendEntry } from '../layers/index.ts';
import { path } from '../map/icons.ts';
import type { Palette } from '../map/theme.ts';

export type { LegendEntry };

export const EXPORT_TITLE = 'Baltic Defence Atlas';

/** The basemap's credits as its manifest gives them (GeoNames' licence asks for its name). */
export const SOURCE_LINE =
  `Map data: ${attribution}. Sources: Ministry of Defence of the Republic of Latvia, ` +
  'Ministry of National Defence of the Republic of Lithuania, U.S. Department of State.';

/** Legend entries for the visible layers, in the layer list's order. */
export function legendEntries(visible: ReadonlySet<LayerId>, palette: Palette): LegendEntry[] {
  const shown = LAYERS.filter((layer) => visible.has(layer.id));
  const entries = shown.flatMap((layer) => layer.legend(palette));
  return shown.some((layer) => layer.geometry === 'point')
    ? [...entries, undatedSign(palette)]
    : entries;
}

export interface MapImageOptions {
  /** The line under the title, e.g. "NATO in 2000 · Šiauliai Air Base". */
  subtitle: string;
  legend: LegendEntry[];
  /** The map canvas's device pixels per CSS pixel. */
  pixelRatio: number;
  palette: { background: string; text: string; muted: string };
  /** The map's sea colour: the canvas is transparent there (see buildStyle in map/style.ts). */
  sea: string;
}

/**
 * Draws the map canvas with its title and legend onto a new canvas. Call it while the map's
 * drawing buffer still holds the frame (inside MapLibre's `render` event).
 */
export function composeMapImage(
  map: HTMLCanvasElement,
  options: MapImageOptions,
): HTMLCanvasElement {
  const r = options.pixelRatio;
  const width = map.width;
  const font = (size: number, weight = 400) => `${weight} ${size * r}px "Noto Sans", sans-serif`;
  const pad = 12 * r;
  const titleHeight = 56 * r;

  // Lay out the legend first, to know how tall the footer must be.
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = font(13);
  const symbol = 14 * r;
  const rowHeight = 22 * r;
  const items: { entry: LegendEntry; x: number; y: number }[] = [];
  let x = pad;
  let y = 0;
  for (const entry of options.legend) {
    const itemWidth = symbol + 6 * r + measure.measureText(entry.label).width + 16 * r;
    if (x + itemWidth > width - pad && x > pad) {
      x = pad;
      y += rowHeight;
    }
    items.push({ entry, x, y });
    x += itemWidth;
  }
  const legendHeight = items.length === 0 ? 0 : y + rowHeight;
  measure.font = font(12);
  const sourceLines = wrapText(measure, SOURCE_LINE, width - 2 * pad);
  const lineHeight = 17 * r;
  const footerHeight = pad + legendHeight + sourceLines.length * lineHeight + pad;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = titleHeight + map.height + footerHeight;
  const context = canvas.getContext('2d')!;
  context.fillStyle = options.palette.background;
  context.fillRect(0, 0, canvas.width, canvas.height);

  context.textBaseline = 'alphabetic';
  context.fillStyle = options.palette.text;
  context.font = font(20, 600);
  context.fillText(EXPORT_TITLE, pad, 26 * r);
  context.fillStyle = options.palette.muted;
  context.font = font(13);
  context.fillText(options.subtitle, pad, 46 * r, width - 2 * pad);

  context.fillStyle = options.sea;
  context.fillRect(0, titleHeight, map.width, map.height);
  context.drawImage(map, 0, titleHeight);

  const legendTop = titleHeight + map.height + pad;
  context.font = font(13);
  context.textBaseline = 'middle';
  for (const { entry, x: ix, y: iy } of items) {
    const cy = legendTop + iy + rowHeight / 2;
    context.save();
    context.fillStyle = entry.fill;
    context.strokeStyle = entry.stroke;
    context.lineWidth = 1.5 * r;
    if (entry.dashed) context.setLineDash([3 * r, 2 * r]);
    if (entry.shape === 'swatch') {
      context.fillRect(ix, cy - symbol / 2, symbol, symbol);
      context.strokeRect(ix, cy - symbol / 2, symbol, symbol);
    } else if (entry.shape === 'line') {
      context.beginPath();
      context.moveTo(ix, cy);
      context.lineTo(ix + symbol, cy);
      context.stroke();
    } else {
      context.translate(ix, cy - symbol / 2);
      path(context, entry.shape, symbol / 2 - r, symbol / 2);
      context.fill();
      context.stroke();
    }
    context.restore();
    context.fillStyle = options.palette.text;
    context.fillText(entry.label, ix + symbol + 6 * r, cy);
  }

  context.fillStyle = options.palette.muted;
  context.font = font(12);
  sourceLines.forEach((line, i) =>
    context.fillText(line, pad, legendTop + legendHeight + (i + 0.5) * lineHeight),
  );
  return canvas;
}

/** Greedy word wrap: as many words per line as fit in `maxWidth`. */
function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The map image could not be encoded.'))),
      'image/png',
    ),
  );
}
