/** MapLibre's worker module, which its package ships without types: its export is the worker's class. */
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  const MaplibreWorker: new (scope: unknown) => unknown;
  export default MaplibreWorker;
}
