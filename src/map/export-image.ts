/**
 * The map as a PNG with its title, legend and sources. MapLibre doesn't preserve its drawing
 * buffer, so the canvas is read inside a render callback, while the frame just drawn is still
 * there. The image code is fetched on the first export, not with the first load.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LayerId } from '../layers/index.ts';
import type { Palette } from './theme.ts';

export interface ImageRequest {
  subtitle: string;
  layers: ReadonlySet<LayerId>;
  palette: Palette;
}

export async function exportMapImage(map: MaplibreMap, request: ImageRequest): Promise<Blob> {
  const { canvasToPng, composeMapImage, legendEntries } = await import('../export/map-image.ts');
  const options = {
    subtitle: request.subtitle,
    legend: legendEntries(request.layers, request.palette),
    pixelRatio: map.getPixelRatio(),
    sea: request.palette.sea,
    palette: request.palette.paper,
  };
  const canvas = await new Promise<HTMLCanvasElement>((resolve, reject) => {
    map.once('render', () => {
      try {
        resolve(composeMapImage(map.getCanvas(), options));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
  return canvasToPng(canvas);
}
