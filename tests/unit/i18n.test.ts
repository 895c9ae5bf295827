import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../src/i18n/i18n.svelte.ts';
import { StatementsError } from '../../src/data/statements.ts';
import { readStatements } from '../../src/data/read-statements.ts';
import { localeFrom } from '../../src/state/url.ts';

describe('choosing the language', () => {
  it('takes the first of the browser’s languages the atlas speaks, by primary subtag', () => {
    expect(preferredLocale(['lv-LV', 'en-GB'])).toBe('lv');
    expect(preferredLocale(['de-DE', 'ru', 'LT'])).toBe('lt');
    expect(preferredLocale(['en-US', 'lv'])).toBe('en');
    expect(preferredLocale(['fr', 'de'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });

  it('reads a link’s language before anything else, only if the atlas speaks it', () => {
    expect(localeFrom('#sel=LVA&lang=lt')).toBe('lt');
    expect(localeFrom('#lang=en')).toBe('en');
    expect(localeFrom('#lang=de')).toBeUndefined();
    expect(localeFrom('#lang=lv&lang=lt')).toBe('lv');
    expect(localeFrom(`#lang=lv&x=${'a'.repeat(3000)}`)).toBeUndefined();
  });
});

describe('the statements a language ships', () => {
  const file = { language: 'lv', note: 'n', statements: { 'lv-pfp-1994': 'Latvija 1994. gadā…' } };

  it('are read when the file is sound', () => {
    expect(readStatements(file, 'lv')).toEqual(file.statements);
  });

  it('are refused, naming the file and what is wrong, when it is not', () => {
    expect(() => readStatements(file, 'lt')).toThrow(StatementsError);
    expect(() => readStatements(file, 'lt')).toThrow(
      'generated/statements.lt.json: holds "lv" statements, not "lt"',
    );
    expect(() => readStatements({ ...file, statements: { 'lv-pfp-1994': '' } }, 'lv')).toThrow(
      /generated\/statements\.lv\.json: statements\.lv-pfp-1994: must not be empty/,
    );
    expect(() => readStatements([], 'lv')).toThrow(/generated\/statements\.lv\.json/);
  });
});
