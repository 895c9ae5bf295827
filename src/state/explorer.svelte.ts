/**
 * The explorer's state: one rune class holding the little that the user chooses (view, layers,
 * selection, year, open document). Everything else is derived from it and the fact base.
 */
import { formatHash, parseView, type HashState, type MapView } from './url.ts';

/** The Baltic states and their neighbours, as a first view on a desktop or a phone. */
export const DEFAULT_VIEW: MapView = { zoom: 4.2, lat: 57, lng: 21 };

function sameView(a: MapView, b: MapView): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < 0.005 &&
    Math.abs(a.lat - b.lat) < 1e-5 &&
    Math.abs(a.lng - b.lng) < 1e-5
  );
}

export class Explorer {
  view = $state.raw<MapView>(DEFAULT_VIEW);

  /** What the hash should say: only what differs from the defaults. */
  readonly hashState: HashState = $derived.by(() => {
    const state: HashState = {};
    if (!sameView(this.view, DEFAULT_VIEW)) state.view = this.view;
    return state;
  });

  readonly hash: string = $derived(formatHash(this.hashState));

  /** What makes a new history entry: changing it is a step Back can undo; moving the map is not. */
  readonly historyKey: string = $derived(JSON.stringify({ ...this.hashState, view: undefined }));

  setView(view: MapView): void {
    if (!sameView(view, this.view)) this.view = view;
  }

  /** Applies a parsed hash; fields it leaves out go back to their defaults. */
  apply(state: HashState): void {
    this.setView(state.view ?? DEFAULT_VIEW);
  }
}

/** The view a link opens at, read before anything else so the map starts there. */
export function initialViewFrom(hash: string): MapView {
  const match = /(?:^#|&)map=([^&]*)/.exec(hash);
  return (match?.[1] !== undefined ? parseView(match[1]) : undefined) ?? DEFAULT_VIEW;
}
