/**
 * Where everything goes in the exported map image, as pure arithmetic: the output's size for each
 * choice, the title, map, legend and sources inside it, and the hidden map drawn a margin larger
 * than the picture and cropped, with the points of the collision wall along the crop line. No
 * DOM here: text is measured through the function the caller passes.
 */
import type { MessageKey } from '../i18n/keys.ts';

export type ImageSizeId = 'screen' | 'a4';

export interface ImageSizeChoice {
  id: ImageSizeId;
  /** The choice's name, shown through t() in the language on screen. */
  labelKey: MessageKey;
}

export const IMAGE_SIZES: readonly ImageSizeChoice[] = [
  { id: 'screen', labelKey: 'share.sizeScreen' },
  { id: 'a4', labelKey: 'share.sizeA4' },
];

/** A4 landscape at 300 dpi: 297 × 210 mm. */
export const A4_300DPI = { width: 3508, height: 2480 } as const;

/**
 * Device pixels per CSS pixel. A4 uses 300/96, so a label prints at the size it has on a 96 dpi
 * screen; at 2 its 10 px town names would be under 5 pt on paper.
 */
export function pixelRatioFor(size: ImageSizeId): number {
  return size === 'a4' ? 300 / 96 : 2;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/** The frame around the map in CSS pixels; every figure is multiplied by the pixel ratio. */
export const FRAME = {
  pad: 12,
  titleHeight: 56,
  titleFont: 20,
  titleBaseline: 26,
  subtitleFont: 13,
  subtitleBaseline: 46,
  legendFont: 13,
  symbol: 14,
  symbolGap: 6,
  itemGap: 16,
  rowHeight: 22,
  sourceFont: 12,
  lineHeight: 17,
} as const;

/** Width in device pixels of `text` drawn at `fontPx` device pixels. */
export type Measure = (text: string, fontPx: number) => number;

export interface LegendItemBox {
  x: number;
  y: number;
  /** The label's room: narrower than its text only when an entry alone is wider than a line. */
  labelWidth: number;
}

/**
 * Legend entries left to right, wrapping to a new row when the next one would cross `maxWidth`;
 * an entry wider than a whole row gets a row of its own, its label squeezed to fit.
 */
export function layoutLegend(
  labelWidths: readonly number[],
  maxWidth: number,
  metrics: { symbol: number; symbolGap: number; itemGap: number; rowHeight: number },
): { items: LegendItemBox[]; height: number } {
  const items: LegendItemBox[] = [];
  const lead = metrics.symbol + metrics.symbolGap;
  let x = 0;
  let y = 0;
  for (const width of labelWidths) {
    const labelWidth = Math.max(0, Math.min(width, maxWidth - lead));
    const itemWidth = lead + labelWidth;
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      y += metrics.rowHeight;
    }
    items.push({ x, y, labelWidth });
    x += itemWidth + metrics.itemGap;
  }
  return { items, height: items.length === 0 ? 0 : y + metrics.rowHeight };
}

/** Greedy word wrap: as many words per line as fit in `maxWidth`. */
export function wrapWords(text: string, maxWidth: number, width: (line: string) => number) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface ImageLayout {
  /** Device pixels per CSS pixel, for the map and the frame alike. */
  ratio: number;
  width: number;
  height: number;
  /** The map's place in the image, in device pixels. */
  map: Rect;
  legend: { top: number; left: number; items: LegendItemBox[]; height: number };
  sources: { top: number; lines: string[]; lineHeight: number };
}

export type ImageTarget =
  { size: 'screen'; screen: Size } | { size: 'a4'; screen?: Size | undefined };

/** The smallest share of an A4 page left to the map, however long the legend. */
const MIN_MAP_SHARE = 0.4;

/**
 * The whole image: "Screen view ×2" is the map's CSS size at twice the pixels with the title above
 * and the legend and sources below; A4 is 3508 × 2480 in all, the map taking what the frame leaves.
 */
export function imageLayout(
  target: ImageTarget,
  legendLabels: readonly string[],
  sourceLine: string,
  measure: Measure,
): ImageLayout {
  const ratio = pixelRatioFor(target.size);
  const s = (css: number) => css * ratio;
  const width =
    target.size === 'a4' ? A4_300DPI.width : Math.max(1, Math.round(target.screen.width * ratio));
  const pad = s(FRAME.pad);
  const inner = width - 2 * pad;
  const legend = layoutLegend(
    legendLabels.map((label) => measure(label, s(FRAME.legendFont))),
    inner,
    {
      symbol: s(FRAME.symbol),
      symbolGap: s(FRAME.symbolGap),
      itemGap: s(FRAME.itemGap),
      rowHeight: s(FRAME.rowHeight),
    },
  );
  const lines = wrapWords(sourceLine, inner, (line) => measure(line, s(FRAME.sourceFont)));
  const lineHeight = s(FRAME.lineHeight);
  const titleHeight = Math.round(s(FRAME.titleHeight));
  const footerHeight = Math.ceil(pad + legend.height + lines.length * lineHeight + pad);
  const mapHeight =
    target.size === 'a4'
      ? Math.max(
          Math.round(A4_300DPI.height * MIN_MAP_SHARE),
          A4_300DPI.height - titleHeight - footerHeight,
        )
      : Math.max(1, Math.round(target.screen.height * ratio));
  const height = target.size === 'a4' ? A4_300DPI.height : titleHeight + mapHeight + footerHeight;
  const legendTop = titleHeight + mapHeight + pad;
  return {
    ratio,
    width,
    height,
    map: { x: 0, y: titleHeight, width, height: mapHeight },
    legend: { top: legendTop, left: pad, items: legend.items, height: legend.height },
    sources: { top: legendTop + legend.height, lines, lineHeight },
  };
}

/** CSS pixels the hidden map extends beyond the picture on every side, for labels to settle in. */
export const EXPORT_MARGIN = 64;

export interface ExportViewport {
  /** The hidden map's container, in CSS pixels. */
  container: Size;
  /** The part of its canvas that becomes the picture, in device pixels. */
  crop: Rect;
  /** The same crop in the container's CSS pixels: where the collision wall stands. */
  cropCss: Rect;
}

/**
 * The hidden map for a picture of `map` device pixels: `margin` CSS pixels larger on each side,
 * and the crop that cuts the picture out of its middle. MapLibre sizes its canvas to
 * round(ratio × CSS size), so the container is rounded up to hold the whole crop.
 */
export function exportViewport(map: Size, ratio: number, margin = EXPORT_MARGIN): ExportViewport {
  const container = {
    width: Math.ceil(map.width / ratio) + 2 * margin,
    height: Math.ceil(map.height / ratio) + 2 * margin,
  };
  const crop = {
    x: Math.round(margin * ratio),
    y: Math.round(margin * ratio),
    width: map.width,
    height: map.height,
  };
  return {
    container,
    crop,
    cropCss: {
      x: crop.x / ratio,
      y: crop.y / ratio,
      width: crop.width / ratio,
      height: crop.height / ratio,
    },
  };
}

/**
 * Points along the four edges of `rect`, corners included, no two neighbours further apart than
 * `spacing`: where the wall's icons stand, so that together they cover the whole crop line.
 */
export function wallPoints(rect: Rect, spacing: number): [number, number][] {
  const points: [number, number][] = [];
  const edge = (from: [number, number], to: [number, number]) => {
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    const steps = Math.max(1, Math.ceil(length / spacing));
    // Each edge stops short of its end: the next edge starts there.
    for (let i = 0; i < steps; i++) {
      const t = i / steps;
      points.push([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]);
    }
  };
  const left = rect.x;
  const top = rect.y;
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  edge([left, top], [right, top]);
  edge([right, top], [right, bottom]);
  edge([right, bottom], [left, bottom]);
  edge([left, bottom], [left, top]);
  return points;
}
