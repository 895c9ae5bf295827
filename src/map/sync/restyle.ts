/**
 * A new palette (the operating system switched between light and dark) applied to the running
 * map property by property: sources, feature-state, visibility and the loaded lines stay as
 * they are, which a whole new style would reset.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';

/** Layout properties that carry colour (icon names encode theirs); the rest are the user's. */
const COLOURED_LAYOUT = ['icon-image'] as const;

export function restyle(map: MaplibreMap, style: StyleSpecification): void {
  if (!map.style) return;
  for (const layer of style.layers) {
    if (!map.getLayer(layer.id)) continue;
    // Typed per layer kind in MapLibre; here every kind's properties pass through alike.
    const paint: Record<string, unknown> = layer.paint ?? {};
    for (const [property, value] of Object.entries(paint)) {
      map.setPaintProperty(layer.id, property as never, value as never);
    }
    const layout: Record<string, unknown> = layer.layout ?? {};
    for (const property of COLOURED_LAYOUT) {
      if (property in layout) map.setLayoutProperty(layer.id, property, layout[property] as never);
    }
  }
}
