/**
 * Cuts a document into runs for the reader: the open fact's passages, other cited passages, and
 * plain text; inside each run, the names the gazetteer links to an entity. Runs also end where
 * the document's language changes, so each carries one language. Pure and tested, since spans
 * overlap freely (one sentence can support several facts and name several places).
 */
import type { LanguageRun } from '../../data/language.ts';

export type RunKind = 'current' | 'cited' | 'plain';

export interface Piece {
  text: string;
  start: number;
  /** The entity this piece names, when it is a linked name. */
  entity?: string;
}

export interface Run {
  kind: RunKind;
  start: number;
  pieces: Piece[];
  /** Facts whose passages cover this run (for cited and current runs). */
  facts: string[];
  /** The language of its text, where the caller gave the document's language runs. */
  language?: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface CitedSpan extends Span {
  fact: string;
}

export interface NamedSpan extends Span {
  entity: string;
}

export function segmentDocument(
  text: string,
  cited: readonly CitedSpan[],
  current: readonly Span[],
  names: readonly NamedSpan[],
  languages: readonly LanguageRun[] = [],
): Run[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...cited, ...current, ...names, ...languages]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const inside = (s: Span) => s.start <= start && s.end >= end;
    const facts = cited.filter(inside).map((s) => s.fact);
    const kind: RunKind = current.some(inside) ? 'current' : facts.length > 0 ? 'cited' : 'plain';
    const name = names.find(inside);
    const language = languages.find(inside)?.language;
    const piece: Piece = {
      text: text.slice(start, end),
      start,
      ...(name ? { entity: name.entity } : {}),
    };
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.language === language && sameList(last.facts, facts)) {
      const lastPiece = last.pieces[last.pieces.length - 1]!;
      // Neighbouring plain pieces merge, so the DOM stays small.
      if (lastPiece.entity === undefined && piece.entity === undefined)
        lastPiece.text += piece.text;
      else last.pieces.push(piece);
    } else {
      runs.push({ kind, start, pieces: [piece], facts, ...(language ? { language } : {}) });
    }
  }
  return runs;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
