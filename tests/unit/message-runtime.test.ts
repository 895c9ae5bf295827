import { describe, expect, it } from 'vitest';
import { number } from '../../data/messages/runtime.ts';
import lt from 'virtual:messages/lt';
import lv from 'virtual:messages/lv';
import en from 'virtual:messages/en';

describe('the messages’ numbers', () => {
  const LOCALES = ['en', 'lv', 'lt'];

  it('read as Intl.NumberFormat writes them, small whole numbers included', () => {
    for (const lc of LOCALES) {
      const intl = new Intl.NumberFormat(lc);
      for (const n of [0, 1, 2, 5, 11, 21, 100, 999, 1000, 12345, 1.5, -3, 2000000]) {
        expect(number(lc, n, 0), `${lc} ${n}`).toBe(intl.format(n));
      }
      // An offset is taken off first, as messageformat's own does.
      expect(number(lc, 5, 1)).toBe(intl.format(4));
    }
  });

  it('are what the compiled messages show, in each language’s plural forms', () => {
    const say = (catalog: typeof en, count: number) => catalog['format.attacheCount']!({ count });
    expect(say(en, 1)).toBe('1 attaché');
    expect(say(en, 3)).toBe('3 attachés');
    expect(say(lv, 10)).toBe('10 atašeju');
    expect(say(lv, 21)).toBe('21 atašejs');
    expect(say(lt, 2)).toBe('2 atašė');
  });
});
