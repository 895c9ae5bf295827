/**
 * The semibold face (titles and headings) is declared here, once the map's first view is drawn,
 * rather than in fonts.css: declared there, the page title alone would fetch it during the first
 * load, a file a phone on a poor connection waits for. Until it arrives the browser draws
 * semibold text by emboldening the regular face, which the page preloads.
 */
import { afterMapIdle } from './schedule.ts';

const SEMIBOLD = { file: 'fonts/noto-sans-latin-600.woff2', weight: '600' };

export function loadSemiboldFace(): void {
  // Soon after the map, or after the fallback's 10 s when there is no map to wait for.
  afterMapIdle(addSemiboldFace);
}

function addSemiboldFace(): void {
  const url = new URL(SEMIBOLD.file, document.baseURI).href;
  const face = new FontFace('Noto Sans', `url("${url}") format("woff2")`, {
    weight: SEMIBOLD.weight,
    style: 'normal',
    display: 'swap',
  });
  // Added once loaded, never while loading: a page printed meanwhile would leave text in a face
  // still on its way out of the PDF. A face that fails leaves the emboldened regular face in place.
  face.load().then(
    () => document.fonts.add(face),
    () => {},
  );
}
