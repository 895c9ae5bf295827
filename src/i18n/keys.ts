/**
 * Every message key, typed from the English files, so a misspelt key fails `npm run check`. The
 * other languages are held to the same keys by tests/unit/messages.test.ts.
 */
import type about from '../../data/messages/en/about.json';
import type app from '../../data/messages/en/app.json';
import type details from '../../data/messages/en/details.json';
import type format from '../../data/messages/en/format.json';
import type layers from '../../data/messages/en/layers.json';
import type map from '../../data/messages/en/map.json';
import type reader from '../../data/messages/en/reader.json';
import type search from '../../data/messages/en/search.json';
import type share from '../../data/messages/en/share.json';
import type sheet from '../../data/messages/en/sheet.json';
import type timeline from '../../data/messages/en/timeline.json';
import type { MessageLanguage } from '../../data/messages/catalog.ts';
import type { Locale } from './locales.ts';

// The messages' languages are the app's: a language added to one and not the other fails here.
const sameLanguages: [Locale, MessageLanguage] extends [MessageLanguage, Locale] ? true : never =
  true;
void sameLanguages;

interface Areas {
  about: typeof about;
  app: typeof app;
  details: typeof details;
  format: typeof format;
  layers: typeof layers;
  map: typeof map;
  reader: typeof reader;
  search: typeof search;
  share: typeof share;
  sheet: typeof sheet;
  timeline: typeof timeline;
}

export type MessageKey = {
  [A in keyof Areas]: `${A}.${Extract<keyof Areas[A], string>}`;
}[keyof Areas];

/** A message's arguments: numbers for plurals and figures, strings for everything else. */
export type MessageParams = Record<string, string | number>;
