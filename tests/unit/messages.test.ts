import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MessageFormat from '@messageformat/core';
import { describe, expect, test } from 'vitest';
import {
  MESSAGES_DIR,
  MESSAGE_LANGUAGES,
  MessageError,
  argumentsOf,
  messageAreas,
  pluralCasesOf,
  readCatalog,
} from '../../data/messages/catalog.ts';

const catalogs = Object.fromEntries(MESSAGE_LANGUAGES.map((l) => [l, readCatalog(l)]));
const english = catalogs.en ?? {};

/** The plural categories whole numbers reach in a language (Lithuanian's `many` is fractions). */
function integerCategories(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  const categories = new Set<string>();
  for (let n = 0; n < 1000; n++) categories.add(rules.select(n));
  return [...categories].sort();
}

describe('interface messages', () => {
  test('English has messages in every area', () => {
    for (const area of messageAreas()) {
      expect(
        Object.keys(english).some((key) => key.startsWith(`${area}.`)),
        area,
      ).toBe(true);
    }
  });

  for (const language of ['lv', 'lt'] as const) {
    test(`${language} has every English key and no other`, () => {
      expect(Object.keys(catalogs[language] ?? {}).sort()).toEqual(Object.keys(english).sort());
    });

    test(`${language} messages take the same arguments as the English`, () => {
      const catalog = catalogs[language] ?? {};
      const differing = Object.keys(english).filter(
        (key) =>
          catalog[key] !== undefined &&
          argumentsOf(catalog[key]).join() !== argumentsOf(english[key] ?? '').join(),
      );
      expect(differing).toEqual([]);
    });
  }

  for (const language of MESSAGE_LANGUAGES) {
    test(`${language} plurals give a case for every category whole numbers reach, or one for all`, () => {
      const needed = integerCategories(language);
      const short: string[] = [];
      for (const [key, message] of Object.entries(catalogs[language] ?? {})) {
        for (const [arg, cases] of pluralCasesOf(message)) {
          // Only `other`: a word that does not change with the count ("# % no IKP").
          if (cases.length === 1 && cases[0] === 'other') continue;
          const missing = needed.filter((c) => !cases.includes(c));
          if (missing.length > 0) short.push(`${key} (${arg}): no ${missing.join(', ')}`);
        }
      }
      expect(short).toEqual([]);
    });
  }

  test('counts read right for 1, 2, 8, 21 and 0 in each language', () => {
    const counts = [1, 2, 8, 21, 0];
    const read = (language: string, key: string) => {
      const message = new MessageFormat(language).compile(catalogs[language]?.[key] ?? '');
      return counts.map((count) => message({ count }));
    };
    expect(read('en', 'format.factCount')).toEqual([
      '1 fact',
      '2 facts',
      '8 facts',
      '21 facts',
      '0 facts',
    ]);
    expect(read('lv', 'format.factCount')).toEqual([
      '1 fakts',
      '2 fakti',
      '8 fakti',
      '21 fakts',
      '0 faktu',
    ]);
    expect(read('lt', 'format.factCount')).toEqual([
      '1 faktas',
      '2 faktai',
      '8 faktai',
      '21 faktas',
      '0 faktų',
    ]);
    expect(read('lv', 'format.attacheCount')).toEqual([
      '1 atašejs',
      '2 atašeji',
      '8 atašeji',
      '21 atašejs',
      '0 atašeju',
    ]);
    expect(read('lt', 'format.attacheCount')).toEqual([
      '1 atašė',
      '2 atašė',
      '8 atašė',
      '21 atašė',
      '0 atašė',
    ]);
  });

  test('a broken message file is named with its key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'messages-'));
    cpSync(MESSAGES_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, 'lv', 'app.json'),
      JSON.stringify({ title: '{count, plural, one {# fakts}' }),
    );
    expect(() => readCatalog('lv', dir)).toThrow(MessageError);
    expect(() => readCatalog('lv', dir)).toThrow(/data\/messages\/lv\/app\.json: "title"/);
    writeFileSync(join(dir, 'lt', 'app.json'), '{ "title": ');
    expect(() => readCatalog('lt', dir)).toThrow(/data\/messages\/lt\/app\.json/);
  });
});
