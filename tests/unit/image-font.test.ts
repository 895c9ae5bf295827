/**
 * The map image's font (Noto Sans, self-hosted: src/export/map-image.ts) covers every character
 * the image can write in any of the languages: its title, legend and sources line come from the
 * messages and the country and place names. A character outside it would be drawn in a fallback
 * font, mid-word ("Lietuvių" with a foreign "ų"). The page's own text is in the platform's font.
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

/** ⌘ is only in MapLibre's gesture hint, shown on the page (on a Mac), never in an image. */
const PAGE_ONLY = new Set(['⌘']);

const json = (file: string) => JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as unknown;

describe('the map image font', () => {
  it('has every character of the messages and names', () => {
    const texts = [
      ...['en', 'lv', 'lt'].flatMap((language) =>
        readdirSync(`${root}data/messages/${language}`).flatMap((file) =>
          strings(json(`data/messages/${language}/${file}`)),
        ),
      ),
      ...strings(json('data/place-names.json')),
      ...strings(json('public/generated/names.json')),
    ];
    const font = fontCoverage();
    expect(font.has('ų'.codePointAt(0)!)).toBe(true);
    const covered = (c: string) => c === '\n' || PAGE_ONLY.has(c) || font.has(c.codePointAt(0)!);
    const missing = new Set([...texts.join('')].filter((c) => !covered(c)));
    expect([...missing].map((c) => `${c} U+${c.codePointAt(0)!.toString(16)}`)).toEqual([]);
  });
});
