/**
 * The URL hash, parsed and written by pure functions. The hash holds only what differs from the
 * defaults, in the openstreetmap.org convention for the view (`#map=zoom/lat/lng`) joined by the
 * explorer's own fields: `#map=7/55.89/23.39&layers=members,efp&sel=rukla&year=2016&doc=…&fact=…`,
 * `&lang=lv` or `&lang=lt` for the interface language, and `&embed=1` for the map alone, as a page
 * that frames it shows it.
 *
 * A hash is user input: every field is checked on its own against what the explorer knows, and a
 * field that is malformed, out of range or unknown is dropped (and reported) while the rest stands.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface HashState {
  view?: MapView;
  /** Visible layers, when they differ from the defaults. */
  layers?: string[];
  /** The selected entity's id. */
  selected?: string;
  year?: number;
  /** The document open in the reader, and the fact highlighted in it. */
  doc?: string;
  fact?: string;
  /** The selected card's facts narrowed by topic, document and period. */
  topic?: string;
  source?: string;
  period?: string;
  /** The embed layout: the map, its key and a link to the full atlas, for an iframe. */
  embed?: boolean;
  /**
   * The interface language, when it is not the one the page would choose by itself: `lv`, `lt`,
   * or `en` for a reader whose browser prefers Latvian or Lithuanian but who chose English.
   */
  lang?: Locale;
}

/** What a hash may name: ids outside these sets are ignored. */
export interface HashVocabulary {
  layers: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  documents: ReadonlySet<string>;
  facts: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  years: { min: number; max: number };
}

/** Which part of a link was ignored: a field's name, or `length` for a link too long to read. */
export type IgnoredField =
  | 'length'
  | 'map'
  | 'layers'
  | 'sel'
  | 'year'
  | 'doc'
  | 'fact'
  | 'topic'
  | 'source'
  | 'period'
  | 'embed'
  | 'lang';

/**
 * A part of a link that was ignored: the field, the value given (cut to 40 characters) and, for
 * years and periods, the range allowed. The interface words the reason in its own language.
 */
export interface IgnoredPart {
  field: IgnoredField;
  value: string;
  min?: number;
  max?: number;
}

export interface ParsedHash {
  state: HashState;
  /** One entry for each field that was ignored. */
  ignored: IgnoredPart[];
}

/** Anything longer is not a hash this explorer wrote. */
export const MAX_HASH_LENGTH = 2000;
const MAX_ZOOM = 22;
/** The one value of `embed=` this explorer writes. */
const EMBED_VALUE = '1';
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

const has = (set: ReadonlySet<string>, value: string) => ID_PATTERN.test(value) && set.has(value);

function parseNumber(text: string): number | undefined {
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals only.
  if (!/^-?\d{1,4}(\.\d{1,12})?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function parseView(text: string): MapView | undefined {
  const parts = text.split('/');
  if (parts.length !== 3) return undefined;
  const [zoom, lat, lng] = parts.map(parseNumber);
  if (zoom === undefined || lat === undefined || lng === undefined) return undefined;
  if (zoom < 0 || zoom > MAX_ZOOM || lat < -85.06 || lat > 85.06 || lng < -180 || lng > 180) {
    return undefined;
  }
  return { zoom, lat, lng };
}

/** Splits `a=1&b=2` without URLSearchParams' `+`-as-space rule, decoding each value safely. */
function fields(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at);
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1));
    } catch {
      value = '\u0000invalid';
    }
    // The first occurrence wins; a Map keeps `__proto__` and friends as plain keys.
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

export function parseHash(hash: string, vocabulary: HashVocabulary): ParsedHash {
  const state: HashState = {};
  const ignored: IgnoredPart[] = [];
  const ignore = (field: IgnoredField, value: string, range?: { min: number; max: number }) =>
    ignored.push({ field, value: value.slice(0, 40), ...range });
  if (hash.length > MAX_HASH_LENGTH) {
    return { state, ignored: [{ field: 'length', value: '', max: MAX_HASH_LENGTH }] };
  }
  const values = fields(hash);

  const map = values.get('map');
  if (map !== undefined) {
    const view = parseView(map);
    if (view) state.view = view;
    else ignore('map', map);
  }

  const layers = values.get('layers');
  if (layers !== undefined) {
    const names = layers === '' ? [] : layers.split(',');
    const known = names.filter((name) => has(vocabulary.layers, name));
    if (known.length === names.length) state.layers = [...new Set(known)];
    else ignore('layers', layers);
  }

  /** A field naming an id: kept if the vocabulary has it, else reported. */
  const idField = (key: IgnoredField, known: ReadonlySet<string>) => {
    const value = values.get(key);
    if (value === undefined || has(known, value)) return value;
    ignore(key, value);
    return undefined;
  };

  const selected = idField('sel', vocabulary.entities);
  if (selected !== undefined) state.selected = selected;

  const year = values.get('year');
  if (year !== undefined) {
    const n = /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (n >= vocabulary.years.min && n <= vocabulary.years.max) state.year = n;
    else ignore('year', year, vocabulary.years);
  }

  const doc = idField('doc', vocabulary.documents);
  if (doc !== undefined) state.doc = doc;
  const fact = idField('fact', vocabulary.facts);
  if (fact !== undefined) state.fact = fact;
  const topic = idField('topic', vocabulary.topics);
  if (topic !== undefined) state.topic = topic;
  const source = idField('source', vocabulary.documents);
  if (source !== undefined) state.source = source;

  const period = values.get('period');
  if (period !== undefined) {
    const match = /^(\d{4})-(\d{4})$/.exec(period);
    const [from, to] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
    // Facts reach back before the timeline (diplomatic relations in 1922).
    const [min, max] = [1900, vocabulary.years.max];
    if (period === 'undated' || (from >= min && from <= to && to <= max)) state.period = period;
    else ignore('period', period, { min, max });
  }

  const embed = values.get('embed');
  if (embed !== undefined) {
    if (embed === EMBED_VALUE) state.embed = true;
    else ignore('embed', embed);
  }

  const lang = values.get('lang');
  if (lang !== undefined) {
    if (isLocale(lang)) state.lang = lang;
    else ignore('lang', lang);
  }

  return { state, ignored };
}

/**
 * Whether a hash asks for the embed layout: read at start, before the fact base (and so the rest
 * of the vocabulary) has arrived, with the same rules as parseHash.
 */
export function embedFrom(hash: string): boolean {
  return hash.length <= MAX_HASH_LENGTH && fields(hash).get('embed') === EMBED_VALUE;
}

/**
 * The language a hash asks for, if it names one the atlas speaks: read at start, so the page's
 * first frame is already in it, with the same rules as parseHash.
 */
export function localeFrom(hash: string): Locale | undefined {
  if (hash.length > MAX_HASH_LENGTH) return undefined;
  const lang = fields(hash).get('lang');
  return lang !== undefined && isLocale(lang) ? lang : undefined;
}

/** The fields of a link that name something of the fact base: a place, a document, a fact. */
const FACT_FIELDS = ['sel', 'doc', 'fact', 'topic', 'source', 'period'];

/**
 * Whether a link opens on something drawn from the fact base, so that it is needed at once, not
 * after the map: read at start, before the fact base (and so the rest of the vocabulary) has arrived.
 */
export function factsNeededBy(hash: string): boolean {
  if (hash.length > MAX_HASH_LENGTH) return false;
  const given = fields(hash);
  return FACT_FIELDS.some((name) => given.has(name));
}

/** Decimal places for a view, as MapLibre's hash chooses them: enough for a pixel at that zoom. */
function precisionFor(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

const trim = (n: number, places: number) => String(Number(n.toFixed(places)));

export function formatView(view: MapView): string {
  const places = precisionFor(view.zoom);
  return `${trim(view.zoom, 2)}/${trim(view.lat, places)}/${trim(view.lng, places)}`;
}

/** Two views are the same when a link would write them the same. */
export function sameView(a: MapView, b: MapView): boolean {
  return formatView(a) === formatView(b);
}

/** Writes only the fields present: callers leave out what equals the defaults. */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.layers) parts.push(`layers=${state.layers.map(encodeURIComponent).join(',')}`);
  if (state.selected !== undefined) parts.push(`sel=${encodeURIComponent(state.selected)}`);
  if (state.year !== undefined) parts.push(`year=${state.year}`);
  if (state.doc !== undefined) parts.push(`doc=${encodeURIComponent(state.doc)}`);
  if (state.fact !== undefined) parts.push(`fact=${encodeURIComponent(state.fact)}`);
  if (state.topic !== undefined) parts.push(`topic=${encodeURIComponent(state.topic)}`);
  if (state.source !== undefined) parts.push(`source=${encodeURIComponent(state.source)}`);
  if (state.period !== undefined) parts.push(`period=${state.period}`);
  if (state.lang !== undefined) parts.push(`lang=${state.lang}`);
  // Last, so an embed link reads as the view's own link with the flag added.
  if (state.embed === true) parts.push(`embed=${EMBED_VALUE}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
