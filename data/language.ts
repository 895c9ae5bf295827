/**
 * The language of each stretch of a document: its first language, except where `parts` says a
 * paragraph is in another. Pure, so the build checks the parts against the text and the reader,
 * the fact cards and the tests read the same languages.
 */
import type { DocumentMeta } from './schema.ts';

type Languaged = Pick<DocumentMeta, 'languages' | 'parts'>;

export interface LanguageRun {
  start: number;
  end: number;
  language: string;
}

/** The whole text [0, length) cut into runs of one language each, in order. */
export function languageRuns(doc: Languaged, length: number): LanguageRun[] {
  const main = doc.languages[0] ?? 'en';
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const part of [...(doc.parts ?? [])].sort((a, b) => a.start - b.start)) {
    if (part.start > at) runs.push({ start: at, end: part.start, language: main });
    runs.push({ start: part.start, end: part.end, language: part.language });
    at = part.end;
  }
  if (at < length) runs.push({ start: at, end: length, language: main });
  return runs;
}

/**
 * The language of the passage [start, end): that of the part it lies in, else the document's
 * first. A passage that crosses into a part takes the language most of it is in.
 */
export function languageOf(doc: Languaged, start: number, end: number): string {
  const main = doc.languages[0] ?? 'en';
  let best = main;
  let most = 0;
  for (const part of doc.parts ?? []) {
    const overlap = Math.min(end, part.end) - Math.max(start, part.start);
    if (overlap > most) [best, most] = [part.language, overlap];
  }
  return most * 2 > end - start ? best : main;
}

/**
 * What is wrong with a document's parts, measured against its text: each part must be in a
 * language the document lists (not its first), begin with its `opening`, lie within the text,
 * cover whole paragraphs, and not overlap the next. Empty when all is well.
 */
export function languagePartProblems(doc: Languaged, text: string): string[] {
  const problems: string[] = [];
  const parts = doc.parts ?? [];
  const paragraphEdge = (at: number) => at === 0 || at === text.length || text[at] === '\n';
  for (const [i, part] of parts.entries()) {
    const where = `parts[${i}]`;
    if (!doc.languages.includes(part.language) || part.language === doc.languages[0]) {
      problems.push(`${where}: "${part.language}" is not one of the document's other languages`);
    }
    if (part.end <= part.start || part.end > text.length) {
      problems.push(`${where}: [${part.start}, ${part.end}) is not a span of the text`);
      continue;
    }
    if (!text.startsWith(part.opening, part.start)) {
      const reads = JSON.stringify(text.slice(part.start, part.start + part.opening.length));
      problems.push(`${where}: begins ${reads}, not ${JSON.stringify(part.opening)}`);
    }
    if (!paragraphEdge(part.start > 0 ? part.start - 1 : 0) || !paragraphEdge(part.end)) {
      problems.push(`${where}: [${part.start}, ${part.end}) does not cover whole paragraphs`);
    }
    const next = parts[i + 1];
    if (next !== undefined && next.start < part.end) {
      problems.push(`${where}: overlaps or comes after parts[${i + 1}]`);
    }
  }
  return problems;
}
