/**
 * The one text folding of the project, shared by mention finding and the explorer's search:
 * case, diacritics and the letters Unicode does not decompose, so "Siauliai" is "Šiauliai" and
 * "Orland" is "Ørland". Pure, so the app can import it.
 */

/**
 * Characters that NFD leaves whole (ø is not o plus a mark), spelled as an English keyboard
 * types them; and the no-break space, which documents use between words.
 */
const PLAIN_FORMS: Record<string, string> = {
  '\u00a0': ' ',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  Ŧ: 'T',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ẞ: 'SS',
  þ: 'th',
  Þ: 'TH',
};

export interface FoldedText {
  /** Folded and lowercased: what names are matched in, and search indexes. */
  lower: string;
  /** Folded with case kept (for acronyms). Same length as `lower`. */
  cased: string;
  /** For each folded code unit, the [start, end) of the original character it came from. */
  origin: Array<[number, number]>;
  /** For each original index, the folded index where that character's output begins. */
  foldedAt: number[];
}

/**
 * Folds character by character so that every folded code unit knows which original character
 * produced it: NFD then dropping combining marks turns "Š" into "S" and "ā" into "a", "æ" becomes
 * two units that both point back to it, and a lone combining mark produces no units at all.
 */
export function foldText(text: string): FoldedText {
  let lower = '';
  let cased = '';
  const origin: Array<[number, number]> = [];
  const foldedAt: number[] = new Array<number>(text.length + 1);
  let index = 0;
  for (const char of text) {
    const stripped = char.normalize('NFD').replace(/\p{M}/gu, '');
    const plain = PLAIN_FORMS[stripped] ?? stripped;
    const end = index + char.length;
    for (let k = index; k < end; k++) foldedAt[k] = lower.length;
    for (let k = 0; k < plain.length; k++) origin.push([index, end]);
    // Once marks are gone no character changes length when lowercased, so the two stay aligned.
    lower += plain.toLowerCase();
    cased += plain;
    index = end;
  }
  foldedAt[text.length] = lower.length;
  return { lower, cased, origin, foldedAt };
}
