/**
 * The part of MapLibre the atlas uses, named: a dynamic import of the whole package keeps every
 * export (controls, markers, terrain, globe), while named imports let the build drop the rest.
 */
export { Map, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
