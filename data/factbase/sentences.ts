/** Sentence spans of a document: the unit a mention is shown in. */

/** Tokens before a full stop that do not end a sentence: initialisms with inner dots (U.S, e.g) and a few titles; a lone letter ("World War I.") may end one. */
const ABBREVIATION =
  /^(?:(?:[A-Za-z]\.)+[A-Za-z]|St|Gen|No|Nr|Mr|Mrs|Ms|Dr|tel|fax|Lt|Col|Maj|Capt|Sgt|vs|approx)$/;

/**
 * Sentence spans [start, end) of a document. Every line is a block of its own, so headings,
 * bullets and list items become sentences; within a line a sentence ends at . ! or ? (plus any
 * closing quote or bracket) followed by space and a capital, digit or opening quote, unless the
 * full stop belongs to an abbreviation ("U.S. Army") or a list number ("1. NBS ..."). Decimal
 * points ("2.5") are never followed by a space, so they never end a sentence.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const push = (start: number, end: number): void => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (start + lead < end - trail) spans.push([start + lead, end - trail]);
  };
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index;
    const content = line[0];
    let segmentStart = 0;
    for (const stop of content.matchAll(/[.!?]+["'”’)\]]*(?=\s+(\S))/g)) {
      const next = stop[1] ?? '';
      if (!/[\p{Lu}\p{N}"“‘(•[]/u.test(next)) continue;
      const before = content.slice(segmentStart, stop.index);
      const token = /(\S*)$/.exec(before)?.[1] ?? '';
      if (stop[0] === '.' && ABBREVIATION.test(token)) continue;
      if (stop[0] === '.' && /^\d+$/.test(token) && before.trim() === token) continue;
      const end = stop.index + stop[0].length;
      push(lineStart + segmentStart, lineStart + end);
      segmentStart = end;
    }
    push(lineStart + segmentStart, lineStart + content.length);
  }
  return spans;
}
