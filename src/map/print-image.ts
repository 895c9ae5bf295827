/**
 * The map on paper. When the page is about to print, the current view is drawn again at once, at
 * print resolution, and copied, cropped around the selection, into a 2D canvas that only print
 * shows. MapLibre keeps no frame in its WebGL canvas to print (it does not preserve its drawing
 * buffer), and a 2D canvas holds its picture the moment it is drawn, where an image would still be
 * decoding when the browser lays the page out for print.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Palette } from './theme.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A landscape page's map: wider than tall, as a report's figure is. */
const PRINT_ASPECT = 3 / 2;

/**
 * The part of the map to print, in the canvas's pixels: as large as the visible map allows at
 * 3:2, around the selected place when it is in view, else around the centre of what is visible
 * (`visibleHeight` leaves out the bottom sheet).
 */
export function printCrop(
  width: number,
  visibleHeight: number,
  focus?: { x: number; y: number },
): Rect {
  const height = Math.max(1, Math.min(visibleHeight, width / PRINT_ASPECT));
  const cropWidth = Math.min(width, height * PRINT_ASPECT);
  const inView =
    focus !== undefined &&
    focus.x >= 0 &&
    focus.x <= width &&
    focus.y >= 0 &&
    focus.y <= visibleHeight;
  const centre = inView ? focus : { x: width / 2, y: visibleHeight / 2 };
  const clamp = (value: number, max: number) => Math.round(Math.max(0, Math.min(max, value)));
  return {
    x: clamp(centre.x - cropWidth / 2, width - cropWidth),
    y: clamp(centre.y - height / 2, Math.max(0, visibleHeight - height)),
    width: Math.round(cropWidth),
    height: Math.round(height),
  };
}

export interface PrintRequest {
  palette: Palette;
  /** The selected place, [longitude, latitude]. */
  focus?: readonly [number, number] | undefined;
  /** CSS pixels of the map under the bottom sheet. */
  insetBottom: number;
}

/** Device pixels per CSS pixel on paper: a screen's one would print blurred. */
const PRINT_PIXEL_RATIO = 2;

/**
 * Draws the current view into `target`, synchronously (a `beforeprint` listener's work must be
 * done when it returns). False, and `target` left as it was, when the map has no size to draw.
 */
export function drawPrintImage(
  map: MaplibreMap,
  target: HTMLCanvasElement,
  request: PrintRequest,
): boolean {
  if (map.getCanvas().width === 0) return false;
  const screenRatio = map.getPixelRatio();
  const sharper = screenRatio < PRINT_PIXEL_RATIO;
  if (sharper) map.setPixelRatio(PRINT_PIXEL_RATIO);
  try {
    // A frame drawn in this task stays in the drawing buffer until the task ends.
    map.redraw();
    const source = map.getCanvas();
    const ratio = source.width / source.clientWidth || 1;
    const visibleHeight = source.height - Math.round(request.insetBottom * ratio);
    if (visibleHeight <= 0) return false;
    const point = request.focus === undefined ? undefined : map.project([...request.focus]);
    const crop = printCrop(
      source.width,
      visibleHeight,
      point && { x: point.x * ratio, y: point.y * ratio },
    );
    target.width = crop.width;
    target.height = crop.height;
    const context = target.getContext('2d')!;
    // The sea is the container's colour seen through the canvas (see buildStyle in style.ts).
    context.fillStyle = request.palette.sea;
    context.fillRect(0, 0, crop.width, crop.height);
    context.drawImage(
      source,
      crop.x,
      crop.y,
      crop.width,
      crop.height,
      0,
      0,
      crop.width,
      crop.height,
    );
    return true;
  } finally {
    // Back to following the screen: null is MapLibre's documented reset, though typed as a number.
    if (sharper) map.setPixelRatio(null as unknown as number);
  }
}
