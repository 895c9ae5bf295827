/**
 * The HTML another page pastes to show a view of the atlas: an iframe of the embed layout, named
 * for screen readers, loaded when it scrolls near, with no script. Pure, so the markup is tested
 * once (tests/unit/embed-code.test.ts).
 * https://html.spec.whatwg.org/multipage/iframe-embed-object.html#the-iframe-element
 */
// Types only: the Playwright specs import this module in Node, where the messages can't load.
import type { MessageKey, MessageParams } from '../i18n/keys.ts';

export interface FrameSize {
  width: number;
  height: number;
}

/** A frame the key and a details panel fit in beside the map; it narrows to fit a phone. */
export const EMBED_SIZE: Readonly<FrameSize> = { width: 600, height: 450 };

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What a screen reader announces for the frame: whose map, of what, when, as a message for t() to
 * read in the language on screen.
 */
export function embedTitleMessage(
  place: string | undefined,
  year: number | undefined,
): { key: MessageKey; params: MessageParams } {
  if (place === undefined) {
    return year === undefined
      ? { key: 'share.embedTitle', params: {} }
      : { key: 'share.embedTitleYear', params: { year } };
  }
  return year === undefined
    ? { key: 'share.embedTitlePlace', params: { place } }
    : { key: 'share.embedTitlePlaceYear', params: { place, year } };
}

export function embedCode(src: string, title: string, size: FrameSize = EMBED_SIZE): string {
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `width="${size.width}"`,
    `height="${size.height}"`,
    `title="${escapeAttribute(title)}"`,
    'loading="lazy"',
    // Copy citation writes to the clipboard, which a frame may only do when its page allows it.
    'allow="clipboard-write"',
    'style="border: 0; max-width: 100%"',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}
