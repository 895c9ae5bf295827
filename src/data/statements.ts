/**
 * The facts' statements in Latvian and Lithuanian (public/generated/statements.<language>.json,
 * copied from data/translations/ by data/build.ts), fetched when the language is first chosen and
 * validated at the door (src/data/read-statements.ts, fetched beside the file): a file that fails
 * its schema or speaks another language is refused with a message naming the file, and the facts
 * keep their English statements.
 */
import type { TranslationLanguage } from '../../data/translations/schema.ts';
import { readersChunk } from './readers-chunk.ts';

export type Statements = Readonly<Record<string, string>>;

export class StatementsError extends Error {
  override name = 'StatementsError';
}

export function statementsFile(language: TranslationLanguage): string {
  return `generated/statements.${language}.json`;
}

const pending = new Map<TranslationLanguage, Promise<Statements>>();

export function loadStatements(language: TranslationLanguage, base: string): Promise<Statements> {
  let load = pending.get(language);
  if (!load) {
    const file = statementsFile(language);
    const reader = readersChunk();
    load = fetch(new URL(file, base)).then(async (response) => {
      if (!response.ok)
        throw new StatementsError(`${file}: could not be fetched (${response.status})`);
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new StatementsError(`${file}: is not valid JSON`);
      }
      return (await reader).readStatements(json, language);
    });
    // Offline before the service worker had it: the next choice tries again.
    load.catch(() => pending.delete(language));
    pending.set(language, load);
  }
  return load;
}
