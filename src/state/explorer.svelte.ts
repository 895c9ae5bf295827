/**
 * The explorer's state: one rune class holding the little that the user chooses (view, layers,
 * selection, year, open document) and whether the page is the embed layout. Everything else is
 * derived from it and the fact base.
 */
import { LAYER_IDS, type LayerId } from '../layers/index.ts';
import type { FactFilter } from '../data/fact-filter.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { formatHash, parseView, sameView, type HashState, type MapView } from './url.ts';

import { DEFAULT_VIEW } from './default-view.ts';

export { DEFAULT_VIEW };
export const DEFAULT_LAYERS: ReadonlySet<LayerId> = new Set(LAYER_IDS);
export const FIRST_YEAR = 1991;
export const PRESENT_YEAR = new Date().getFullYear();

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

export class Explorer {
  view = $state.raw<MapView>(DEFAULT_VIEW);
  layers = $state.raw<ReadonlySet<LayerId>>(DEFAULT_LAYERS);
  /** The selected entity (a country's ISO3 code or a place's id). */
  selected = $state<string | null>(null);
  year = $state(PRESENT_YEAR);
  /** The document open in the reader, and the fact whose passage it shows. */
  doc = $state<string | null>(null);
  fact = $state<string | null>(null);
  /**
   * A fact picked in the search or the timeline, highlighted in Details. Transient: not in the
   * hash, since `fact=` already means "open the reader at this passage".
   */
  highlightFact = $state<string | null>(null);
  /** The selected card's facts narrowed by topic, document and period: a new selection clears it. */
  factFilter = $state.raw<FactFilter>({});

  /**
   * The selection a link (or Back and Forward) restored: its view is the link's own, so the map
   * must not move to frame it. Not state: nothing is derived from it.
   */
  selectionFromLink: string | null = null;
  /** The embed layout (`embed=1`): kept in the hash, so every link it writes stays embedded. */
  embed = $state(false);

  /**
   * The language a link without `lang` opens in: the reader's preferred one among the atlas's,
   * else English. Set once at start, from the browser.
   */
  readonly preferredLocale: Locale;
  /** The interface language chosen: by the link, the language switch, or the browser. */
  locale = $state<Locale>(DEFAULT_LOCALE);

  constructor(preferredLocale: Locale = DEFAULT_LOCALE) {
    this.preferredLocale = preferredLocale;
    this.locale = preferredLocale;
  }

  /** What the hash should say: only what differs from the defaults. */
  readonly hashState: HashState = $derived.by(() => {
    const state: HashState = {};
    if (!sameView(this.view, DEFAULT_VIEW)) state.view = this.view;
    if (!sameSet(this.layers, DEFAULT_LAYERS))
      state.layers = LAYER_IDS.filter((id) => this.layers.has(id));
    if (this.selected !== null) state.selected = this.selected;
    if (this.year !== PRESENT_YEAR) state.year = this.year;
    if (this.doc !== null) state.doc = this.doc;
    if (this.fact !== null) state.fact = this.fact;
    if (this.selected !== null) Object.assign(state, this.factFilter);
    // English, the default, is written only to overrule a browser that prefers another language.
    if (this.locale !== DEFAULT_LOCALE || this.preferredLocale !== DEFAULT_LOCALE)
      state.lang = this.locale;
    if (this.embed) state.embed = true;
    return state;
  });

  readonly hash: string = $derived(formatHash(this.hashState));
  /** This view's hash in the full atlas, and in the embed layout, whichever the page shows. */
  readonly fullAtlasHash: string = $derived(formatHash({ ...this.hashState, embed: false }));
  readonly embedHash: string = $derived(formatHash({ ...this.hashState, embed: true }));

  /** What makes a new history entry: changing it is a step Back can undo; moving the map is not. */
  readonly historyKey: string = $derived(
    JSON.stringify({ sel: this.selected, doc: this.doc, fact: this.fact }),
  );

  setView(view: MapView): void {
    if (!sameView(view, this.view)) this.view = view;
  }

  select(id: string | null): void {
    this.selectionFromLink = null;
    if (id !== this.selected) this.factFilter = {};
    this.selected = id;
    this.fact = null;
    this.highlightFact = null;
  }

  /** Shows a fact in Details: its entity selected, the reader closed, the fact highlighted. */
  selectFact(entity: string, fact: string): void {
    this.selectionFromLink = null;
    // The fact must be in view: no filter may hide it.
    this.factFilter = {};
    this.selected = entity;
    this.doc = null;
    this.fact = null;
    this.highlightFact = fact;
  }

  toggleLayer(id: LayerId, visible: boolean): void {
    const next = new Set(this.layers);
    if (visible) next.add(id);
    else next.delete(id);
    this.layers = next;
  }

  openDocument(doc: string, fact: string | null = null): void {
    this.doc = doc;
    this.fact = fact;
  }

  /** A name followed from a document: back to the map, with that place selected. */
  selectFromDocument(id: string): void {
    this.closeDocument();
    this.select(id);
  }

  closeDocument(): void {
    this.doc = null;
    this.fact = null;
  }

  /**
   * Applies a parsed hash; fields it leaves out go back to their defaults. `keepView` leaves the
   * view alone: at start it was taken from the same hash before the map started, and the user may
   * have moved the map since.
   */
  apply(state: HashState, { keepView = false } = {}): void {
    if (!keepView) this.setView(state.view ?? DEFAULT_VIEW);
    const layers = state.layers ? new Set(state.layers as LayerId[]) : DEFAULT_LAYERS;
    if (!sameSet(layers, this.layers)) this.layers = layers;
    this.selected = state.selected ?? null;
    this.selectionFromLink = this.selected;
    this.year = state.year ?? PRESENT_YEAR;
    this.doc = state.doc ?? null;
    this.fact = state.fact ?? null;
    this.highlightFact = null;
    const filter: FactFilter = {};
    if (state.topic !== undefined) filter.topic = state.topic;
    if (state.source !== undefined) filter.source = state.source;
    if (state.period !== undefined) filter.period = state.period;
    this.factFilter = filter;
    this.embed = state.embed === true;
    this.locale = state.lang ?? this.preferredLocale;
  }
}

/** The view a link opens at, read before anything else so the map starts there. */
export function initialViewFrom(hash: string): MapView {
  const match = /(?:^#|&)map=([^&]*)/.exec(hash);
  return (match?.[1] !== undefined ? parseView(match[1]) : undefined) ?? DEFAULT_VIEW;
}
