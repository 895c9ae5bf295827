import { describe, expect, it } from 'vitest';
import { EMBED_SIZE, embedCode, embedTitleMessage } from '../../src/export/embed-code.ts';
import { t } from '../../src/i18n/i18n.svelte.ts';

/** The frame's title as Share words it, in English (the language on screen in Node). */
function embedTitle(place: string | undefined, year: number | undefined): string {
  const { key, params } = embedTitleMessage(place, year);
  return t(key, params);
}

const SRC = 'https://atlas.example/#map=7/55.89/23.39&sel=siauliai-air-base&embed=1';

/** The attributes of the one element in a snippet, values with their HTML escapes undone. */
function attributesOf(html: string): Record<string, string> {
  const open = /^<iframe ([^>]*)><\/iframe>$/.exec(html);
  if (!open) throw new Error(`not a single empty iframe: ${html}`);
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries(
    [...open[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]),
  );
}

describe('the embed code', () => {
  it('is one iframe of the link, sized, titled and lazily loaded', () => {
    const attributes = attributesOf(embedCode(SRC, 'Baltic Defence Atlas: map of NATO'));
    expect(attributes).toMatchObject({
      src: SRC,
      width: String(EMBED_SIZE.width),
      height: String(EMBED_SIZE.height),
      title: 'Baltic Defence Atlas: map of NATO',
      loading: 'lazy',
    });
  });

  it('escapes the link and the title, so neither can close the attribute', () => {
    const html = embedCode(`${SRC}"><script>alert(1)</script>`, 'A "quoted" <b>title</b> & more');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    const attributes = attributesOf(html);
    expect(attributes['src']).toBe(`${SRC}"><script>alert(1)</script>`);
    expect(attributes['title']).toBe('A "quoted" <b>title</b> & more');
    expect(html).toContain('&amp;sel=siauliai-air-base&amp;embed=1');
  });

  it('names the selected place and a past year in its title', () => {
    expect(embedTitle(undefined, undefined)).toBe(
      'Baltic Defence Atlas: map of NATO and the Baltic states',
    );
    expect(embedTitle('Šiauliai Air Base', 2016)).toBe(
      'Baltic Defence Atlas: map of Šiauliai Air Base in 2016',
    );
  });
});
