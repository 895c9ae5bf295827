/**
 * A lost WebGL context (a GPU reset, a driver update, a tab the browser reclaimed) takes the style
 * with it. MapLibre rebuilds the style from a snapshot once the context is restored, but not the
 * feature-state that draws the selection. So the map is withdrawn while the context is gone and
 * handed back when the rebuilt style has loaded: MapView's effects then apply selection, layers
 * and year again.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function watchContextLoss(
  map: MaplibreMap,
  { lost, restored }: { lost: () => void; restored: () => void },
): () => void {
  const onLost = () => {
    lost();
    map.once('style.load', restored);
  };
  map.on('webglcontextlost', onLost);
  return () => {
    map.off('webglcontextlost', onLost);
    map.off('style.load', restored);
  };
}
