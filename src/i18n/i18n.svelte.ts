/**
 * The language the interface is shown in, and its messages. English is bundled; Latvian and
 * Lithuanian are chunks fetched when first chosen, so `showLocale` resolves once they have arrived and
 * the interface switches in one step, never half translated.
 */
import english from 'virtual:messages/en';
import { loadNames, countryName, placeName, type Names } from '../data/names.ts';
import { loadStatements, type Statements } from '../data/statements.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';
import type { MessageKey, MessageParams } from './keys.ts';

type Catalog = Record<string, (params?: MessageParams) => string>;

/** A language whose messages could not be had, or one shown with parts of it missing. */
export type LocaleProblem =
  { kind: 'failed'; locale: Locale } | { kind: 'incomplete'; detail: string };

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalog }>> = {
  lv: () => import('virtual:messages/lv'),
  lt: () => import('virtual:messages/lt'),
};

class Interface {
  /** The language on screen: it follows the chosen one once its messages have loaded. */
  locale = $state<Locale>(DEFAULT_LOCALE);
  catalog = $state.raw<Catalog>(english);
  /** The facts' statements in that language; empty in English, whose are the fact base's own. */
  statements = $state.raw<Statements>({});
  /** Country and place names in every language; null until a language other than English. */
  names = $state.raw<Names | null>(null);
  /** What could not be loaded for the language chosen, shown to the reader; else null. */
  problem = $state.raw<LocaleProblem | null>(null);
}

export const ui = new Interface();
const loaded = new Map<Locale, Catalog>([['en', english]]);

/** The message `key` in the language on screen. */
export function t(key: MessageKey, params?: MessageParams): string {
  const message = ui.catalog[key] ?? english[key];
  return message ? message(params) : key;
}

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const catalog = (await LOADERS[locale as Exclude<Locale, 'en'>]()).default;
  loaded.set(locale, catalog);
  return catalog;
}

/** Shows the interface in `locale`, once its messages are here. */
export function showCatalog(locale: Locale, catalog: Catalog): void {
  ui.catalog = catalog;
  ui.locale = locale;
}

/**
 * Loads what `locale` needs (messages, statements, names) and shows it, unless `stillWanted` says
 * another language was chosen meanwhile. Messages are needed; statements and names are not: if
 * they can't be had, the page speaks the language, keeps English statements and names, and says so.
 */
export async function showLocale(
  locale: Locale,
  base: string,
  stillWanted: () => boolean = () => true,
): Promise<void> {
  let catalog: Catalog;
  try {
    catalog = await loadCatalog(locale);
  } catch {
    if (stillWanted()) ui.problem = { kind: 'failed', locale };
    return;
  }
  const problems: string[] = [];
  const [statements, names] = await Promise.all([
    locale === 'en'
      ? {}
      : loadStatements(locale, base).catch((error: unknown) => {
          problems.push((error as Error).message);
          return {};
        }),
    locale === 'en'
      ? ui.names
      : loadNames(base).catch((error: unknown) => {
          problems.push((error as Error).message);
          return null;
        }),
  ]);
  if (!stillWanted()) return;
  ui.statements = statements;
  ui.names = names;
  ui.problem = problems.length > 0 ? { kind: 'incomplete', detail: problems.join(' ') } : null;
  showCatalog(locale, catalog);
}

/** Stands for the argument `aroundArgument` leaves out: a private-use character no message has. */
const SLOT = '\u{E000}';

/**
 * The message `key` as the text before and after its argument `slot`, so that what fills the slot
 * (a quote, a country's button) can be an element of its own wherever the language puts it.
 */
export function aroundArgument(
  key: MessageKey,
  params: MessageParams,
  slot: string,
): [before: string, after: string] {
  const [before = '', after = ''] = t(key, { ...params, [slot]: SLOT }).split(SLOT);
  return [before, after];
}

/** A fact's statement in the language on screen, or its English one. */
export function statementOf(fact: { id: string; statement: string }): string {
  return ui.statements[fact.id] ?? fact.statement;
}

/** A country's or place's name in the language on screen, where the names have one. */
export function localName(id: string, country: boolean): string | undefined {
  const names = ui.names;
  if (names === null || ui.locale === 'en') return undefined;
  return country ? countryName(names, id, ui.locale) : placeName(names, id, ui.locale);
}

/**
 * The first of the reader's preferred languages that the atlas speaks, by primary subtag
 * ("lv-LV" is Latvian), or English.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
