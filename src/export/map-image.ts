/**
 * The map as a picture someone can put in a report: a title above the view, and below it the
 * legend of the visible layers and a line naming the sources. The legend's entries and the layout
 * (image-layout.ts) are pure and tested; the drawing needs a browser canvas.
 */
import { attribution } from '../../public/tiles/manifest.json';
import { t } from '../i18n/i18n.svelte.ts';
import { LAYERS, undatedSign, type LayerId, type LegendEntry } from '../layers/index.ts';
import { path } from '../map/icons.ts';
import type { Palette } from '../map/theme.ts';
import {
  FRAME,
  imageLayout,
  type ImageLayout,
  type ImageTarget,
  type Measure,
  type Rect,
} from './image-layout.ts';

export type { LegendEntry };

/**
 * The line under the legend, in the language on screen: the basemap's credits as its manifest
 * gives them (GeoNames' licence asks for its name) and the publishers of the documents.
 */
export function sourceLineText(): string {
  return t('share.imageSources', { attribution });
}

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
  palette: { background: string; text: string; muted: string };
  /** The map's sea colour: the canvas is transparent there (see buildStyle in map/style.ts). */
  sea: string;
}

/**
 * The image's text is Noto Sans, self-hosted (public/fonts/), so a picture reads the same on
 * whichever platform made it; the page itself uses the platform's interface font. Its own family
 * name, so adding it never changes the page's text, which may name an installed Noto Sans.
 */
const IMAGE_FAMILY = 'Atlas Image Sans';
const IMAGE_FACES = [
  { file: 'fonts/noto-sans-latin-400.woff2', weight: '400' },
  { file: 'fonts/noto-sans-latin-600.woff2', weight: '600' },
];

let imageFont: Promise<void> | undefined;

/**
 * Loads the image's font once, before the first layout measures its text. A face that fails (a
 * server without it) leaves the canvas's sans-serif in its place: the image is still made.
 */
export function loadImageFont(): Promise<void> {
  imageFont ??= Promise.all(
    IMAGE_FACES.map(async ({ file, weight }) => {
      const url = new URL(file, document.baseURI).href;
      const face = new FontFace(IMAGE_FAMILY, `url("${url}") format("woff2")`, { weight });
      try {
        document.fonts.add(await face.load());
      } catch {
        // The fallback named in `font` draws instead.
      }
    }),
  ).then(() => undefined);
  return imageFont;
}

const font = (px: number, weight = 400) => `${weight} ${px}px "${IMAGE_FAMILY}", sans-serif`;

/** Text widths as this browser's canvas measures them, for `imageLayout`. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d')!;
  return (text, px) => {
    context.font = font(px);
    return context.measureText(text).width;
  };
}

/** The layout of an image of `target` with this legend and the sources line. */
export function layoutFor(target: ImageTarget, legend: LegendEntry[]): ImageLayout {
  return imageLayout(
    target,
    legend.map((entry) => entry.label),
    sourceLineText(),
    canvasMeasure(),
  );
}

/**
 * Draws the picture: the title and subtitle, `crop` of the map canvas `map` in the map's place,
 * then the legend and the sources, at `layout`'s resolution. The map canvas must still hold its
 * frame (the export map preserves its drawing buffer).
 */
export function composeMapImage(
  map: CanvasImageSource,
  crop: Rect,
  layout: ImageLayout,
  options: MapImageOptions,
): HTMLCanvasElement {
  const r = layout.ratio;
  const pad = FRAME.pad * r;
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('share.imageNoCanvas'));
  context.fillStyle = options.palette.background;
  context.fillRect(0, 0, canvas.width, canvas.height);

  context.textBaseline = 'alphabetic';
  context.fillStyle = options.palette.text;
  context.font = font(FRAME.titleFont * r, 600);
  context.fillText(t('app.title'), pad, FRAME.titleBaseline * r, layout.width - 2 * pad);
  context.fillStyle = options.palette.muted;
  context.font = font(FRAME.subtitleFont * r);
  context.fillText(options.subtitle, pad, FRAME.subtitleBaseline * r, layout.width - 2 * pad);

  const { x, y, width, height } = layout.map;
  context.fillStyle = options.sea;
  context.fillRect(x, y, width, height);
  context.drawImage(map, crop.x, crop.y, crop.width, crop.height, x, y, width, height);

  const symbol = FRAME.symbol * r;
  const rowHeight = FRAME.rowHeight * r;
  context.font = font(FRAME.legendFont * r);
  context.textBaseline = 'middle';
  layout.legend.items.forEach((item, i) => {
    const entry = options.legend[i];
    if (!entry) return;
    const ix = layout.legend.left + item.x;
    const cy = layout.legend.top + item.y + rowHeight / 2;
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
    context.fillText(entry.label, ix + symbol + FRAME.symbolGap * r, cy, item.labelWidth);
  });

  context.fillStyle = options.palette.muted;
  context.font = font(FRAME.sourceFont * r);
  const { top, lines, lineHeight } = layout.sources;
  lines.forEach((line, i) => context.fillText(line, pad, top + (i + 0.5) * lineHeight));
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(t('share.imageNotEncoded')))),
      'image/png',
    ),
  );
}
