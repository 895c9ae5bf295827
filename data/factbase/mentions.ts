/**
 * Where each gazetteer name occurs in the documents: every name and variant of every entity,
 * folded, matched as whole words within sentences, with spans in the original text.
 */
import type { Entity, Mention } from '../schema.ts';
import { dataError } from './errors.ts';
import { DATA_FILES } from './files.ts';
import { foldText } from './fold.ts';
import { splitSentences } from './sentences.ts';

/** Short all-capital terms (UN, EU, NAF, U.S.) must match case-sensitively: "un" is Latvian for "and". */
export function isAcronym(term: string): boolean {
  return term.length <= 8 && /^[A-Z0-9.&]+$/.test(term) && /[A-Z]/.test(term);
}

export interface Term {
  entity: string;
  /** The folded form that is searched for. */
  folded: string;
  caseSensitive: boolean;
}

/** Every name and variant of every entity, folded; a term two entities share is an error. */
export function termsOf(entities: readonly Entity[]): Term[] {
  const owner = new Map<string, string>();
  const terms: Term[] = [];
  for (const entity of entities) {
    for (const [index, raw] of [entity.name, ...entity.variants].entries()) {
      const caseSensitive = isAcronym(raw);
      const folded = caseSensitive ? foldText(raw).cased : foldText(raw).lower;
      const key = `${caseSensitive ? 'C' : 'i'}:${folded}`;
      const previous = owner.get(key);
      if (previous === entity.id) continue;
      if (previous !== undefined) {
        const field = index === 0 ? 'name' : `variants[${index - 1}]`;
        throw dataError(
          DATA_FILES.gazetteer,
          'entity',
          entity.id,
          field,
          `"${raw}" is also a name of entity "${previous}"`,
        );
      }
      owner.set(key, entity.id);
      terms.push({ entity: entity.id, folded, caseSensitive });
    }
  }
  return terms;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/**
 * Every whole-word occurrence of any term in any sentence of one document. Where candidates
 * overlap, the longest wins (then the earliest), so "Šiauliai Air Base" beats "Šiauliai" and
 * "Latvian National Armed Forces" beats "Latvian".
 */
export function findMentions(doc: string, text: string, terms: readonly Term[]): Mention[] {
  const folded = foldText(text);
  const candidates: Array<{ entity: string; sentence: [number, number]; match: [number, number] }> =
    [];
  for (const sentence of splitSentences(text)) {
    const from = folded.foldedAt[sentence[0]];
    const to = folded.foldedAt[sentence[1]];
    if (from === undefined || to === undefined) continue;
    for (const term of terms) {
      const haystack = term.caseSensitive ? folded.cased : folded.lower;
      for (
        let at = haystack.indexOf(term.folded, from);
        at !== -1 && at + term.folded.length <= to;
        at = haystack.indexOf(term.folded, at + 1)
      ) {
        const end = at + term.folded.length;
        // Whole words only: the term may not continue a word on either side.
        const startsWord = isWordChar(term.folded[0]) && isWordChar(haystack[at - 1]);
        const endsWord =
          isWordChar(term.folded[term.folded.length - 1]) && isWordChar(haystack[end]);
        if (startsWord || endsWord) continue;
        const first = folded.origin[at];
        const last = folded.origin[end - 1];
        if (first === undefined || last === undefined) continue;
        candidates.push({ entity: term.entity, sentence, match: [first[0], last[1]] });
      }
    }
  }
  candidates.sort(
    (a, b) => b.match[1] - b.match[0] - (a.match[1] - a.match[0]) || a.match[0] - b.match[0],
  );
  const taken: Array<[number, number]> = [];
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    const [start, end] = candidate.match;
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    taken.push(candidate.match);
    mentions.push({
      entity: candidate.entity,
      doc,
      sentence: candidate.sentence,
      match: candidate.match,
    });
  }
  return mentions.sort((a, b) => a.match[0] - b.match[0]);
}
