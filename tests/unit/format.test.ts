import { afterEach, describe, expect, it } from 'vitest';
import {
  byName,
  documentDateText,
  factTimeText,
  formatDate,
  formatFigure,
  formatRange,
  spanText,
} from '../../src/format.ts';
import { loadCatalog, showCatalog } from '../../src/i18n/i18n.svelte.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { DocumentMeta, Fact } from '../../data/schema.ts';

async function speak(locale: Locale): Promise<void> {
  showCatalog(locale, await loadCatalog(locale));
}

afterEach(() => speak('en'));

describe('dates, figures and spans in each language', () => {
  it('writes a day as each language does, as precise as the source', async () => {
    expect(formatDate('2004-03-29')).toBe('29 March 2004');
    expect(formatDate('2015-09')).toBe('September 2015');
    expect(formatDate('2017')).toBe('2017');
    await speak('lv');
    expect(formatDate('2004-03-29')).toBe('2004. gada 29. marts');
    expect(formatDate('2017')).toBe('2017');
    await speak('lt');
    expect(formatDate('2004-03-29')).toBe('2004 m. kovo 29 d.');
    expect(formatDate('2017')).toBe('2017 m.');
  });

  it('writes a span of days in one month once, and fiscal years as the language names them', async () => {
    const summit = { start: '1999-04-23', end: '1999-04-25', precision: 'day' } as const;
    const fiscal = { start: '2018', end: '2022', precision: 'year', fiscal: true } as const;
    expect(formatRange(summit)).toBe('23–25 April 1999');
    expect(formatRange(fiscal)).toBe('FY 2018–2022');
    await speak('lv');
    expect(formatRange(summit)).toBe('1999. gada 23.–25. aprīlis');
    expect(formatRange(fiscal)).toBe('2018.–2022. finanšu gads');
    await speak('lt');
    expect(formatRange(summit)).toBe('1999 m. balandžio 23–25 d.');
    expect(formatRange(fiscal)).toBe('2018–2022 finansiniai metai');
  });

  it('writes figures with the language’s decimal sign, words and plural forms', async () => {
    const money = { value: 115.65e6, unit: 'USD', currency: 'USD', qualifier: 'over' } as const;
    const troops = { value: 1000, unit: 'troops' } as const;
    const years = { value: 21, unit: 'years' } as const;
    expect(formatFigure(money)).toBe('over $115.65 million');
    expect(formatFigure(troops)).toBe('1,000 troops');
    await speak('lv');
    expect(formatFigure(money)).toBe('vairāk nekā 115,65 miljoni ASV dolāru');
    expect(formatFigure(troops)).toBe('1000 karavīru');
    expect(formatFigure(years)).toBe('21 gads');
    await speak('lt');
    expect(formatFigure(money)).toBe('daugiau kaip 115,65 milijono JAV dolerių');
    // Lithuanian groups thousands with a no-break space.
    expect(formatFigure(troops)).toBe('1\u00a0000 karių');
    expect(formatFigure(years)).toBe('21 metai');
  });

  it('words a document’s date and a feature’s span in the language on screen', async () => {
    const doc: Pick<DocumentMeta, 'date' | 'retrieved'> = {
      date: { kind: 'written-after', date: '2022', basis: 'b', evidence: [] },
      retrieved: { notAfter: '2026-11-23', basis: 'b' },
    };
    const documents = new Map([['lv-latvia-and-nato', doc]]);
    const span = {
      start: { asOf: 'lv-latvia-and-nato', source: { reference: 'x' } },
    } as unknown as Parameters<typeof spanText>[0];
    expect(documentDateText(doc)).toBe(
      'Undated, written 2022 or later; retrieved by 23 November 2026',
    );
    expect(spanText(span, documents)).toBe('Start unknown; current as of 2022 or later');
    await speak('lt');
    expect(documentDateText(doc)).toBe(
      'Be datos, parašyta ne anksčiau nei 2022 m.; atsisiųsta iki 2026 m. lapkričio 23 d.',
    );
    expect(spanText(span, documents)).toBe('Pradžia nežinoma; galioja 2022 m. arba vėliau');
  });

  it('says when a fact holds, and orders names by the language’s alphabet', async () => {
    const fact = { date: { start: '2004-03-29', precision: 'day' }, asOf: true } as Fact;
    expect(factTimeText(fact, '2018')).toBe('29 March 2004, as of 2018');
    await speak('lv');
    expect(factTimeText(fact, '2018')).toBe('2004. gada 29. marts, stāvoklis: 2018');
    expect(['Zviedrija', 'Čehija', 'Dānija'].sort(byName)).toEqual([
      'Čehija',
      'Dānija',
      'Zviedrija',
    ]);
  });
});
