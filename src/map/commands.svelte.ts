/**
 * What the rest of the app may ask of the map without holding it: MapView registers these once
 * its style has loaded and clears them when the map goes, so MapView stays the map's only owner.
 */
export interface MapCommands {
  /** The current view as a PNG with a title, the legend and the sources; null until the map is ready. */
  exportImage: (() => Promise<Blob>) | null;
}

export const mapCommands: MapCommands = $state({ exportImage: null });
