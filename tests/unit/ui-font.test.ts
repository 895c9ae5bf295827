/**
 * The page's own font covers every character the interface can show in any of its languages:
 * the messages, the statements, the place names and the documents' texts. A character outside it
 * would be drawn in a fallback font, mid-word ("Lietuvių" with a foreign "ų").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/** The code points both weights have, as geo/subset-font.sh lists them when it makes the fonts. */
function fontCoverage(): Set<number> {
  const listed = readFileSync(`${root}geo/font-coverage.txt`, 'utf8').trim().split(/\s+/);
  return new Set(listed.map((hex) => parseInt(hex, 16)));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Noto Sans has none of these: ⌘ is shown only on a Mac (MapLibre's gesture hint), whose fonts
 * have it; the horizontal bar is in one document's date range, as the ministry typed it.
 */
const SYSTEM_FONT_ONLY = new Set(['⌘', '―']);

const json = (file: string) => JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as unknown;

describe('the interface font', () => {
  it('has every character of the messages, statements, names and documents', () => {
    const texts = [
      ...['en', 'lv', 'lt'].flatMap((language) =>
        readdirSync(`${root}data/messages/${language}`).flatMap((file) =>
          strings(json(`data/messages/${language}/${file}`)),
        ),
      ),
      ...strings(json('data/translations/statements.lv.json')),
      ...strings(json('data/translations/statements.lt.json')),
      ...strings(json('data/place-names.json')),
      ...readdirSync(`${root}data/documents`).map((file) =>
        readFileSync(`${root}data/documents/${file}`, 'utf8'),
      ),
    ];
    const font = fontCoverage();
    expect(font.has('ų'.codePointAt(0)!)).toBe(true);
    const covered = (c: string) =>
      c === '\n' || SYSTEM_FONT_ONLY.has(c) || font.has(c.codePointAt(0)!);
    const missing = new Set([...texts.join('')].filter((c) => !covered(c)));
    expect([...missing].map((c) => `${c} U+${c.codePointAt(0)!.toString(16)}`)).toEqual([]);
  });
});
