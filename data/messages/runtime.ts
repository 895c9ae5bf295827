/**
 * The compiled messages' runtime (see vite-plugin.ts): messageformat's own, except that a `#` that
 * is a whole number from 0 to 999 is written without Intl.NumberFormat. The first NumberFormat a
 * page makes costs the time ICU takes to load its number data, and the map's style spells the
 * attachés' counts before the first frame; such numbers read alike in English, Latvian and
 * Lithuanian, and every other number still goes through Intl.
 */
import { number as intlNumber } from '@messageformat/runtime';

export { plural, select } from '@messageformat/runtime';

export function number(lc: string, value: number, offset: number): string {
  const n = value - offset;
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : intlNumber(lc, value, offset);
}
