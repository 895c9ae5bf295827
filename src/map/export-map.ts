/**
 * The map as a PNG at print quality. The picture is not the screen's canvas: a second, hidden
 * map is made for it with the visible map's style, camera, layers, year and selection, at the
 * output's resolution and a margin larger than the picture, drawn until idle, cropped, framed
 * with title, legend and sources, and removed, whether it worked or not. It belongs to this module
 * alone and lives only for one export; the visible map is never touched. MapLibre and the image
 * code are already loaded or fetched on the first export, not with the first load.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { LayerId } from '../layers/index.ts';
import { exportViewport, wallPoints, type ImageSizeId, type Size } from '../export/image-layout.ts';
import {
  exportStyle,
  WALL_ICON,
  WALL_SOURCE,
  WALL_SPACING,
  wallData,
  wallIcon,
} from './export-style.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { drawIcon } from './icons.ts';
import { buildStyle } from './style.ts';
import { showSelection, type SelectionFlags } from './sync/selection.ts';
import type { Palette } from './theme.ts';

export interface ImageRequest {
  size: ImageSizeId;
  /** The visible map's CSS size: "Screen view ×2" is twice it. */
  screen: Size;
  /** The centre of the whole visible canvas (the sheet's padding left out), [lng, lat]. */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  layers: ReadonlySet<LayerId>;
  year: number;
  selection: SelectionFlags | null;
  subtitle: string;
  palette: Palette;
  /** How long the hidden map may take to draw everything before the export gives up. */
  timeoutMs?: number;
}

export interface MapImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * The image's own failures, worded for the Share panel ("The map image failed: …"), in the
 * interface's language at the time.
 */
export class ExportMapError extends Error {}

const DEFAULT_TIMEOUT_MS = 120_000;

export async function exportMapImage(request: ImageRequest): Promise<MapImage> {
  const [maplibre, image] = await Promise.all([
    import('./maplibre-gl.ts'),
    import('../export/map-image.ts'),
  ]);
  await image.loadImageFont();
  const legend = image.legendEntries(request.layers, request.palette);
  const layout = image.layoutFor(
    request.size === 'screen'
      ? { size: 'screen', screen: request.screen }
      : { size: 'a4', screen: request.screen },
    legend,
  );
  const viewport = exportViewport(layout.map, layout.ratio);

  const container = document.createElement('div');
  container.dataset.exportMap = request.size;
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  // Laid out, so it has a size, but off screen: display:none would give MapLibre no size.
  Object.assign(container.style, {
    position: 'fixed',
    top: '0',
    left: `${-viewport.container.width - 100}px`,
    width: `${viewport.container.width}px`,
    height: `${viewport.container.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);

  let map: MaplibreMap | undefined;
  try {
    try {
      map = new maplibre.Map({
        container,
        style: exportStyle(
          buildStyle(request.palette, document.baseURI, { year: request.year }, request.zoom),
          request.layers,
        ),
        center: request.center,
        zoom: request.zoom,
        bearing: request.bearing,
        pitch: request.pitch,
        pixelRatio: layout.ratio,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        interactive: false,
        attributionControl: false,
        fadeDuration: 0,
        validateStyle: false,
      });
    } catch (error) {
      throw new ExportMapError(t('map.imageNoContext', { why: message(error) }));
    }
    const exportMap = map;
    const iconRatio = Math.ceil(layout.ratio);
    exportMap.setMissingStyleImageResolver((id) => {
      if (exportMap.hasImage(id)) return;
      if (id === WALL_ICON) exportMap.addImage(id, wallIcon(1), { pixelRatio: 1 });
      else {
        const icon = drawIcon(id, iconRatio);
        if (icon) exportMap.addImage(id, icon, { pixelRatio: iconRatio });
      }
    });
    await drawn(exportMap, request, viewport.cropCss);
    const canvas = image.composeMapImage(exportMap.getCanvas(), viewport.crop, layout, {
      subtitle: request.subtitle,
      legend,
      sea: request.palette.sea,
      palette: request.palette.paper,
    });
    return { blob: await image.canvasToPng(canvas), width: canvas.width, height: canvas.height };
  } finally {
    map?.remove();
    container.remove();
  }
}

/**
 * Resolves once the map has loaded its style, been given the wall and the selection, and drawn
 * everything; rejects on the first error, a lost context or the timeout.
 */
function drawn(
  map: MaplibreMap,
  request: ImageRequest,
  crop: { x: number; y: number; width: number; height: number },
): Promise<void> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        fail(new ExportMapError(t('map.imageTimeout', { seconds: Math.round(timeoutMs / 1000) }))),
      timeoutMs,
    );
    const onError = (event: { error?: unknown }) =>
      fail(new ExportMapError(t('map.imageError', { why: message(event.error) })));
    const onLost = () => fail(new ExportMapError(t('map.imageContextLost')));
    const done = () => {
      clearTimeout(timer);
      map.off('error', onError);
      map.off('webglcontextlost', onLost);
    };
    const fail = (error: Error) => {
      done();
      reject(error);
    };
    map.on('error', onError);
    map.on('webglcontextlost', onLost);
    map.once('load', () => {
      // The wall stands on the crop line; the map can tell where that is only once it has a size.
      const positions = wallPoints(crop, WALL_SPACING).map((point) => {
        const { lng, lat } = map.unproject(point);
        return [lng, lat] as [number, number];
      });
      map.getSource<GeoJSONSource>(WALL_SOURCE)?.setData(wallData(positions));
      if (request.selection) showSelection(map, request.selection);
      map.once('idle', () => {
        done();
        resolve();
      });
    });
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
