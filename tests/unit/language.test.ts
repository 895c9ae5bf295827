import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageOf, languagePartProblems, languageRuns } from '../../data/language.ts';
import type { DocumentMeta } from '../../data/schema.ts';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { segmentDocument } from '../../src/panels/segments.ts';

const root = new URL('../..', import.meta.url).pathname;
const base = loadFactBaseFromDisk(root);
const textOf = (id: string) => readFileSync(`${root}data/documents/${id}.txt`, 'utf8');
const defencePolicy = base.documents.find((d) => d.id === 'lv-defence-policy')!;

/** Letters Latvian has and English does not: a paragraph with several is Latvian. */
const LATVIAN_LETTERS = /[āēīūčšžģķļņ]/giu;
/** Latvian paragraphs with no such letter: a heading the page left untranslated. */
const LATVIAN_WITHOUT_THEM = new Set(['Industriju']);

describe('the language of each part of a document', () => {
  it('marks every paragraph written in Latvian, in every document', () => {
    const unmarked: string[] = [];
    for (const doc of base.documents) {
      const text = textOf(doc.id);
      let at = 0;
      for (const paragraph of text.split('\n')) {
        const latvian =
          (paragraph.match(LATVIAN_LETTERS) ?? []).length >= 2 ||
          LATVIAN_WITHOUT_THEM.has(paragraph);
        const marked = languageOf(doc, at, at + paragraph.length) === 'lv';
        if (paragraph.trim() !== '' && latvian !== marked) {
          unmarked.push(`${doc.id} at ${at}: ${paragraph.slice(0, 40)}`);
        }
        at += paragraph.length + 1;
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('gives a quote the language of the paragraph it comes from', () => {
    const text = textOf('lv-defence-policy');
    const latvian = text.indexOf('Pamatojoties uz VAK');
    const english = text.indexOf('Overcoming a military threat');
    expect(languageOf(defencePolicy, latvian, latvian + 40)).toBe('lv');
    expect(languageOf(defencePolicy, english, english + 40)).toBe('en');
    const latviaAndNato = base.documents.find((d) => d.id === 'lv-latvia-and-nato')!;
    expect(languageOf(latviaAndNato, 0, 20)).toBe('en');
  });

  it('cuts the whole text into runs, one language each', () => {
    const text = textOf('lv-defence-policy');
    const runs = languageRuns(defencePolicy, text.length);
    expect(runs[0]).toMatchObject({ start: 0, language: 'en' });
    expect(runs.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBe(runs[i - 1]!.end);
    expect(runs.filter((r) => r.language === 'lv')).toHaveLength(2);
  });

  it('names a part that is shifted, in a language the document lacks, or overlapping', () => {
    const text = 'One.\nDivi trīs.\nFour.';
    const doc = (parts: DocumentMeta['parts']) => ({ languages: ['en', 'lv'], parts });
    const good = { start: 5, end: 15, language: 'lv', opening: 'Divi' };
    expect(languagePartProblems(doc([good]), text)).toEqual([]);
    expect(languagePartProblems(doc([{ ...good, start: 6 }]), text)[0]).toMatch(
      /parts\[0\]: begins "ivi ", not "Divi"/,
    );
    expect(languagePartProblems(doc([{ ...good, language: 'lt' }]), text)[0]).toMatch(
      /"lt" is not one of the document's other languages/,
    );
    expect(languagePartProblems(doc([{ ...good, end: 12 }]), text)[0]).toMatch(
      /does not cover whole paragraphs/,
    );
    expect(languagePartProblems(doc([good, { ...good, start: 10 }]), text)).toContain(
      'parts[0]: overlaps or comes after parts[1]',
    );
  });

  it('gives the reader one run per language, never merging across a change', () => {
    const text = 'One.\nDivi trīs.\nFour.';
    const doc = {
      languages: ['en', 'lv'],
      parts: [{ start: 5, end: 15, language: 'lv', opening: 'Divi' }],
    };
    const runs = segmentDocument(text, [], [], [], languageRuns(doc, text.length));
    expect(runs.map((r) => [r.pieces.map((p) => p.text).join(''), r.language])).toEqual([
      ['One.\n', 'en'],
      ['Divi trīs.', 'lv'],
      ['\nFour.', 'en'],
    ]);
  });
});
