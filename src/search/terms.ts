/**
 * What the search index makes of a word, on the index's side and the query's alike: folded (case,
 * diacritics, ø and the like, by the project's one folding), lightly stemmed, and mapped to a word
 * family, so "joined", "joining", "accession" and "member" meet, and "defense" finds "defence".
 * And what it makes of a query: its content words, and what kind of answer a question asks for.
 * Pure, and part of the search chunk.
 */
import { foldText } from '../../data/factbase/fold.ts';

/** Words split at spaces and punctuation, as MiniSearch splits them by default. */
export const tokenize = (text: string): string[] =>
  text.split(/[\n\r\p{Z}\p{P}]+/u).filter((word) => word !== '');

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer (after the plural, -ed/-ing and final-e steps of Porter's): enough to
 * join a word's inflections without mangling names, which are short or end otherwise. Both sides
 * of the index go through it, so a stem need only be the same, not a word.
 */
export function stem(word: string): string {
  // "F-16s", "1990s".
  if (/^\d+s$/.test(word)) return word.slice(0, -1);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('eed')) {
    if (w.length > 4) w = w.slice(0, -1);
  } else {
    for (const suffix of ['ing', 'ed']) {
      const base = w.slice(0, -suffix.length);
      if (!w.endsWith(suffix) || base.length < 3 || !VOWEL.test(base)) continue;
      // "planned" is "plan", but "called" stays "call".
      if (/([^aeiouylsz])\1$/.test(base)) return base.slice(0, -1);
      // "based" is "base", as "hoped" is "hope".
      return base.length === 3 && /[^aeiou][aeiouy][^aeiouwxy]$/.test(base) ? `${base}e` : base;
    }
  }
  // "restore" meets "restored", "police" "policing"; short words ("base", "wale") keep their e.
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * Words that name one thing for a reader: a concept's words (joining NATO is accession is
 * membership), irregular past tenses, and British and American spellings. The first word of a
 * family is what the others are indexed as, besides themselves.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['join', 'accession', 'accede', 'acceded', 'member', 'membership'],
  ['begin', 'began', 'begun', 'start'],
  ['lead', 'led'],
  ['defence', 'defense'],
  ['centre', 'center'],
  ['organisation', 'organization'],
  ['programme', 'program'],
];
const FAMILY_OF = new Map<string, string>(
  FAMILIES.flatMap(([head, ...rest]) => [head!, ...rest].map((w) => [stem(w), stem(head!)])),
);

/** Every form of a word the index holds: as folded, its stem, and its family's head. */
export function termForms(word: string): string[] {
  const folded = foldText(word).lower;
  if (folded === '') return [];
  const stemmed = stem(folded);
  return [...new Set([folded, stemmed, FAMILY_OF.get(stemmed) ?? stemmed])];
}

/**
 * A query word's forms: the word as typed, then its stem. A family's words are one word to the
 * search, looked up by its head alone, so that a rare word of the family ("accession") does not
 * outweigh a common one ("member") that says the same.
 */
function queryWord(word: string, last: boolean, isTerm: (term: string) => boolean): QueryWord {
  const stemmed = stem(word);
  const head = FAMILY_OF.get(stemmed);
  if (head !== undefined) return { forms: [head], prefix: false, fuzzy: false };
  // A word the index holds is not a typo: fuzzy matching would only add near-misses.
  const fuzzy = word.length >= 5 && !isTerm(word) && !isTerm(stemmed);
  return { forms: [...new Set([word, stemmed])], prefix: last, fuzzy };
}

/**
 * Words a question is made of that say nothing of what it is about. Dropped from a query (unless
 * nothing else is left); "when" and "how many" still say what kind of answer is wanted.
 */
const STOP_WORDS = new Set(
  (
    'a an the of in on at to for by with from into about and or as is are was were be been being ' +
    'do does did done has have had get got can could will would should ' +
    'it its this that these those there their they ' +
    'what when where which who whom whose why how many much'
  ).split(' '),
);

export interface QueryWord {
  /** The forms to look up, the word as typed first. */
  forms: string[];
  /** The word being typed: its first form matches as a prefix. */
  prefix: boolean;
  /** A word the index does not hold, long enough that one typo can't make it another word. */
  fuzzy: boolean;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** The query asks when, or names a year: dated facts answer it. */
  wantsDate: boolean;
  /** The query asks how many or how much: facts with figures answer it. */
  wantsFigure: boolean;
}

const YEAR = /^(1[89]|20)\d\d$/;
const LETTERS = /^\p{L}+$/u;

/**
 * A query as the words to look up. Two words the index also knows as one ("battle group") are
 * each looked up as the one word too, so "battlegroup" matches both and "air base" still matches
 * "air" and "base".
 */
export function parseQuery(query: string, isTerm: (term: string) => boolean): ParsedQuery {
  const typed = tokenize(query).map((word) => foldText(word).lower);
  const content = typed.filter((word) => !STOP_WORDS.has(word));
  const words = content.length > 0 ? content : typed;
  const parsed = words.map((word, i) => queryWord(word, i === words.length - 1, isTerm));
  for (let i = 1; i < words.length; i++) {
    const [first, second] = [words[i - 1]!, words[i]!];
    const compound = stem(first + second);
    if (LETTERS.test(first) && LETTERS.test(second) && isTerm(compound)) {
      parsed[i - 1]!.forms.push(compound);
      parsed[i]!.forms.push(compound);
    }
  }
  const asks = (a: string, b?: string) =>
    typed.some((word, i) => word === a && (b === undefined || typed[i + 1] === b));
  return {
    words: parsed,
    wantsDate: asks('when') || typed.some((word) => YEAR.test(word)),
    wantsFigure: asks('how', 'many') || asks('how', 'much'),
  };
}
