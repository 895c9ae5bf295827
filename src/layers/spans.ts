/** How a layer's Details say when one of its records existed, with the sources of its dates. */
import { spanSources, spanText as englishSpanText } from '../../data/spans.ts';
import { spanText } from '../format.ts';
import type { Source, Span, SpanBound } from '../../data/schema.ts';
import type { Atlas } from '../data/atlas.ts';
import { t } from '../i18n/i18n.svelte.ts';
import type { MessageKey } from '../i18n/keys.ts';
import type { DetailLine, ExportRow } from './types.ts';

/** A Details line for a span: `what` is a message with the span as its `{span}` ("Deployed: …"). */
export function spanLine(atlas: Atlas, what: MessageKey, span: Span): DetailLine {
  const text = spanText(span, atlas.documents);
  return {
    text: t(what, { span: `${text.charAt(0).toLowerCase()}${text.slice(1)}` }),
    sources: spanSources(span),
  };
}

/** A source as an export cell: "fact <id>" or "background: <reference>". */
export function sourceCell(source: Source): string {
  return 'fact' in source ? `fact ${source.fact}` : `background: ${source.background}`;
}

function boundCells(bound: SpanBound | undefined): [string | null, string | null, string | null] {
  if (bound === undefined) return [null, null, null];
  if ('date' in bound) return [bound.date, bound.precision, sourceCell(bound.source)];
  if ('before' in bound) return [`before ${bound.before}`, 'unknown', sourceCell(bound.source)];
  return [`as of ${bound.asOf}`, 'unknown', sourceCell(bound.source)];
}

/** A place's spans as export columns; several records at one place are joined with "; ". */
export function spanColumns(atlas: Atlas, spans: readonly Span[]): ExportRow['properties'] {
  const join = (cells: (string | null)[]) =>
    cells.some((c) => c !== null) ? cells.map((c) => c ?? '').join('; ') : null;
  const starts = spans.map((s) => boundCells(s.start));
  const ends = spans.map((s) => boundCells(s.end));
  return {
    // Exports keep stable English cells, whatever the language on screen.
    span: spans.map((s) => englishSpanText(s, atlas.documents)).join('; '),
    start: join(starts.map((c) => c[0])),
    start_precision: join(starts.map((c) => c[1])),
    start_source: join(starts.map((c) => c[2])),
    end: join(ends.map((c) => c[0])),
    end_precision: join(ends.map((c) => c[1])),
    end_source: join(ends.map((c) => c[2])),
  };
}
