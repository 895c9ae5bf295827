/**
 * Draws the point layers' icons on demand. The style names icons `shape:<shape>:<fill>:<stroke>`
 * and MapLibre asks for each one it lacks through `styleimagemissing`, so there is no sprite to ship.
 */
import type { PointShape as Shape } from '../layers/types.ts';

const SIZE = 20;

/** Traces a shape's outline; also used by the PNG export to draw the legend. */
export function path(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  shape: Shape,
  r: number,
  c: number,
): void {
  context.beginPath();
  switch (shape) {
    case 'circle':
      context.arc(c, c, r, 0, Math.PI * 2);
      break;
    case 'square':
      context.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'triangle':
      context.moveTo(c, c - r);
      context.lineTo(c + r, c + r * 0.8);
      context.lineTo(c - r, c + r * 0.8);
      context.closePath();
      break;
    case 'diamond':
      context.moveTo(c, c - r);
      context.lineTo(c + r, c);
      context.lineTo(c, c + r);
      context.lineTo(c - r, c);
      context.closePath();
      break;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        context.lineTo(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
      }
      context.closePath();
      break;
  }
}

export interface IconImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export function parseIconName(
  name: string,
): { shape: Shape; fill: string; stroke: string; dashed: boolean } | null {
  const match =
    /^shape:(circle|triangle|square|diamond|star):(#[0-9a-fA-F]{6}):(#[0-9a-fA-F]{6})(:dashed)?$/.exec(
      name,
    );
  if (!match) return null;
  return { shape: match[1] as Shape, fill: match[2]!, stroke: match[3]!, dashed: !!match[4] };
}

export function drawIcon(name: string, pixelRatio: number): IconImage | null {
  const spec = parseIconName(name);
  if (!spec) return null;
  const size = Math.round(SIZE * pixelRatio);
  const canvas = new OffscreenCanvas(size, size);
  // A CPU-backed canvas: reading pixels back from a GPU-backed one stalls on every icon.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  const centre = size / 2;
  const radius = size / 2 - 2.5 * pixelRatio;
  path(context, spec.shape, radius, centre);
  if (spec.dashed) {
    // Undated: a paler fill inside a dashed outline, told apart without relying on colour alone.
    context.globalAlpha = 0.45;
    context.fillStyle = spec.fill;
    context.fill();
    context.globalAlpha = 1;
    context.setLineDash([3 * pixelRatio, 2 * pixelRatio]);
    context.lineWidth = 2 * pixelRatio;
    context.strokeStyle = spec.fill;
    context.stroke();
  } else {
    context.fillStyle = spec.fill;
    context.fill();
    context.lineWidth = 2 * pixelRatio;
    context.strokeStyle = spec.stroke;
    context.stroke();
  }
  const pixels = context.getImageData(0, 0, size, size).data;
  return { width: size, height: size, data: new Uint8Array(pixels.buffer) };
}
