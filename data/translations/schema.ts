/**
 * The shape of the statement translations in data/translations/ and the checks that tie them to
 * data/facts.json: one statement per fact in each language, no translation of a fact that does not
 * exist, and the same figures as the English. Only statements are translated; a fact's evidence
 * quotes stay verbatim in their document's language. Pure (no `node:` imports), so the app can
 * validate a translation file it fetches.
 */
import * as v from 'valibot';
import { SlugSchema } from '../schema.ts';
import type { Fact } from '../schema.ts';

/** The languages the atlas speaks besides English, which is data/facts.json itself. */
export const TRANSLATION_LANGUAGES = ['lv', 'lt'] as const;
export const TranslationLanguageSchema = v.picklist(TRANSLATION_LANGUAGES);
export type TranslationLanguage = v.InferOutput<typeof TranslationLanguageSchema>;

const NonBlankString = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0, 'must not be empty'),
);

/**
 * One language's file, `statements.<language>.json`: fact id → statement, in the order of
 * data/facts.json. Strict, so a misspelt top-level key is an error rather than ignored.
 */
export const StatementsFileSchema = v.strictObject({
  language: TranslationLanguageSchema,
  note: NonBlankString,
  statements: v.record(SlugSchema, NonBlankString),
});
export type StatementsFile = v.InferOutput<typeof StatementsFileSchema>;

/**
 * Reads `json` as `language`'s statements file: the file, or what is wrong with it (its first
 * schema issue with the path to it, or a language other than `language`). The build and the app
 * both read the files through it, and name the file around the problem.
 */
export function readStatementsFile(
  json: unknown,
  language: TranslationLanguage,
): { file: StatementsFile } | { problem: string } {
  const parsed = v.safeParse(StatementsFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { problem: `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}` };
  }
  if (parsed.output.language !== language) {
    return { problem: `holds "${parsed.output.language}" statements, not "${language}"` };
  }
  return { file: parsed.output };
}

// ---------------------------------------------------------------------------------------------
// Figures

/**
 * English numbers: comma thousands separators ("1,000"), point decimals ("145.1"). A comma not
 * followed by exactly three digits is punctuation, so "1991, 1994" is two numbers.
 */
const ENGLISH_NUMBER = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g;

/**
 * Latvian and Lithuanian numbers: space, no-break space or narrow no-break space between groups
 * of three digits ("1 000"), comma decimals ("145,1"). A point after digits is an ordinal or the
 * end of a sentence ("2004. gada"), never a decimal separator, so "1,000" here reads as one.
 */
const LOCAL_NUMBER = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?/g;

export type NumberConvention = 'en' | TranslationLanguage;

/**
 * Every number written in digits in `text`, normalised to one spelling ("1,000", "1 000" and
 * "1000" are all "1000"; "145.1" and "145,1" are "145.1"), in order of appearance. Digits inside
 * names count too ("F-16", "29. martā"), and the same names carry them in every language.
 */
export function numbersIn(text: string, convention: NumberConvention): string[] {
  const pattern = convention === 'en' ? ENGLISH_NUMBER : LOCAL_NUMBER;
  return [...text.matchAll(pattern)].map(([raw]) => {
    const plain =
      convention === 'en'
        ? raw.replace(/,/g, '')
        : raw.replace(/[ \u00A0\u202F]/g, '').replace(',', '.');
    return String(Number(plain));
  });
}

function counts(values: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  return map;
}

/**
 * Compares the figures of a statement and its translation. `missing`: numbers of the English that
 * the translation has fewer times (so a number written twice must be translated twice); `extra`:
 * numbers of the translation that the English does not have at all.
 */
export function figureMismatch(
  english: string,
  translation: string,
  language: TranslationLanguage,
): { missing: string[]; extra: string[] } {
  const theirs = counts(numbersIn(english, 'en'));
  const ours = counts(numbersIn(translation, language));
  const missing = [...theirs].filter(([n, k]) => (ours.get(n) ?? 0) < k).map(([n]) => n);
  const extra = [...ours.keys()].filter((n) => !theirs.has(n));
  return { missing, extra };
}

// ---------------------------------------------------------------------------------------------
// Checks across files

export type TranslationProblemKind =
  'missing' | 'unknown-fact' | 'empty' | 'untranslated' | 'figures' | 'order';

export interface TranslationProblem {
  language: string;
  fact: string;
  kind: TranslationProblemKind;
  message: string;
}

/**
 * Every problem in `files` measured against `facts`, in a stable order (file by file, then fact
 * order, then unknown ids): a fact without a statement, a statement for an id that is not a fact,
 * an empty statement, a statement identical to the English (left untranslated), a figure of the
 * English missing from the translation or one added to it, and statements out of facts.json's
 * order (reported once per file, at the first fact out of place). Files are typed as validated,
 * but the checks do not rely on the schema having run.
 */
export function checkTranslations(
  facts: readonly Pick<Fact, 'id' | 'statement'>[],
  files: readonly StatementsFile[],
): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const known = new Set(facts.map((f) => f.id));
  for (const file of files) {
    const { language, statements } = file;
    const add = (fact: string, kind: TranslationProblemKind, message: string): void => {
      problems.push({ language, fact, kind, message: `${language} ${fact}: ${message}` });
    };
    for (const fact of facts) {
      if (!Object.hasOwn(statements, fact.id)) {
        add(fact.id, 'missing', 'no statement in this language');
        continue;
      }
      const translation = statements[fact.id] ?? '';
      if (translation.trim() === '') {
        add(fact.id, 'empty', 'the statement is empty');
        continue;
      }
      if (translation.trim() === fact.statement.trim()) {
        add(fact.id, 'untranslated', 'the statement is the English one');
      }
      const { missing, extra } = figureMismatch(fact.statement, translation, language);
      if (missing.length > 0 || extra.length > 0) {
        const parts = [
          ...(missing.length > 0 ? [`missing ${missing.join(', ')} from the English`] : []),
          ...(extra.length > 0 ? [`has ${extra.join(', ')}, which the English does not`] : []),
        ];
        add(fact.id, 'figures', `figures differ: ${parts.join('; ')}`);
      }
    }
    const ids = Object.keys(statements);
    for (const id of ids) {
      if (!known.has(id)) add(id, 'unknown-fact', 'no fact in data/facts.json has this id');
    }
    const present = ids.filter((id) => known.has(id));
    const expected = facts.map((f) => f.id).filter((id) => Object.hasOwn(statements, id));
    const firstOut = present.findIndex((id, i) => id !== expected[i]);
    if (firstOut >= 0) {
      const id = present[firstOut] ?? '';
      add(id, 'order', `out of data/facts.json's order (expected ${expected[firstOut]} here)`);
    }
  }
  return problems;
}
