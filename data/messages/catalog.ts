/**
 * The interface's messages: data/messages/<language>/<area>.json, each a flat object of ICU
 * MessageFormat strings, read and checked here for the Vite plugin (which compiles them) and the
 * tests. A message's key in the app is `<area>.<key>` ("search.placeholder").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';

export const MESSAGE_LANGUAGES = ['en', 'lv', 'lt'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const MESSAGES_DIR = new URL('.', import.meta.url).pathname;
const KEY = /^[a-z][A-Za-z0-9]*$/;

export class MessageError extends Error {
  override name = 'MessageError';
}

/** The areas, one file each, as English has them: every language must have the same files. */
export function messageAreas(dir = MESSAGES_DIR): string[] {
  return readdirSync(join(dir, 'en'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

export function areaFile(language: string, area: string, dir = MESSAGES_DIR): string {
  return join(dir, language, `${area}.json`);
}

/**
 * One language's messages, keyed `<area>.<key>`. Throws a MessageError naming the file and key of
 * a file that is missing or not JSON, a key that is not an identifier, a value that is not a
 * string, and a message that is not valid MessageFormat.
 */
export function readCatalog(language: string, dir = MESSAGES_DIR): Record<string, string> {
  const catalog: Record<string, string> = {};
  for (const area of messageAreas(dir)) {
    const file = areaFile(language, area, dir);
    const shown = `data/messages/${language}/${area}.json`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new MessageError(`${shown}: ${(error as Error).message}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new MessageError(`${shown}: must be an object of messages`);
    }
    for (const [key, message] of Object.entries(json)) {
      if (!KEY.test(key)) throw new MessageError(`${shown}: key "${key}" is not a camelCase name`);
      if (typeof message !== 'string' || message.trim() === '') {
        throw new MessageError(`${shown}: "${key}" must be a non-empty string`);
      }
      try {
        parse(message);
      } catch (error) {
        throw new MessageError(
          `${shown}: "${key}" is not valid MessageFormat: ${(error as Error).message}`,
        );
      }
      catalog[`${area}.${key}`] = message;
    }
  }
  return catalog;
}

/** The arguments a message takes ("count", "name"), sorted, from its parsed tokens. */
export function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') names.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        names.add(token.arg);
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** The plural categories a message's `plural` arguments give cases for, by argument. */
export function pluralCasesOf(message: string): Map<string, string[]> {
  const cases = new Map<string, string[]>();
  const walk = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        if (token.type === 'plural')
          cases.set(
            token.arg,
            token.cases.map((c) => c.key),
          );
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message));
  return cases;
}
