import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { FactsFileSchema } from '../../data/schema.ts';
import {
  StatementsFileSchema,
  TRANSLATION_LANGUAGES,
  checkTranslations,
  figureMismatch,
  numbersIn,
} from '../../data/translations/schema.ts';
import type { StatementsFile } from '../../data/translations/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

const facts = v.parse(FactsFileSchema, readJson('data/facts.json')).facts;
const files = TRANSLATION_LANGUAGES.map((language) =>
  v.parse(StatementsFileSchema, readJson(`data/translations/statements.${language}.json`)),
);
const fileOf = (language: string): StatementsFile => {
  const file = files.find((f) => f.language === language);
  if (file === undefined) throw new Error(`no ${language} file`);
  return file;
};
/** A fresh copy to break one thing in. */
const copyOf = (language: string): StatementsFile => structuredClone(fileOf(language));

describe('the translation files', () => {
  it('validate, and each names the language of its file name', () => {
    expect(files.map((f) => f.language)).toEqual([...TRANSLATION_LANGUAGES]);
  });

  it('translate every fact, in the order of data/facts.json', () => {
    for (const file of files) {
      expect(Object.keys(file.statements)).toEqual(facts.map((f) => f.id));
    }
  });

  it('have no problem the checker finds', () => {
    expect(checkTranslations(facts, files).map((p) => p.message)).toEqual([]);
  });

  it('say they are the project’s own translations and that quotes stay untranslated', () => {
    for (const file of files) expect(file.note).toMatch(/own translations.*quotes are not/);
  });

  it('use decimal commas, never an English decimal point', () => {
    for (const file of files) {
      for (const statement of Object.values(file.statements)) {
        expect(statement).not.toMatch(/\d\.\d/);
      }
    }
  });
});

/**
 * The terminology table of data/translations/README.md, as checks: a fact whose English statement
 * uses the term must use the chosen Latvian and Lithuanian term (matched by stem, since both
 * languages inflect). Places are in each language's standard form.
 */
const TERMS: [english: RegExp, lv: RegExp, lt: RegExp][] = [
  [/air policing/i, /gaisa telpas patrulēšan/, /oro policij/],
  [/air patrol/i, /gaisa telpas patrulēšan/, /oro erdvės patruliavim/],
  [/enhanced Forward Presence|eFP/, /NATO paplašināt\S* klātbūtn/, /NATO priešakin\S* pajėg/],
  [/battlegroup/, /kaujas grup/, /bataliono kovin\S* grup/],
  [/forward force/, /uz priekšu izvietot\S* spēk/, /priešakin\S* pajėg/],
  [/defence attaché/i, /[Aa]izsardzības atašej/, /[Gg]ynybos atašė/],
  [/Partnership for Peace/, /“Partnerattiecības mieram”/, /„Partnerystė taikos labui“/],
  [/Membership Action Plan/, /Rīcības plān\S* dalībai NATO/, /Narystės veiksmų plan/],
  [/Wales/, /Velsas/, /Velso/],
  [/Ministry of Defence/, /Aizsardzības ministrij/, /[Gg]ynybos ministerij/],
  [/Minist\S* of National Defence/, /[Aa]izsardzības minist/, /[Kk]rašto apsaugos minist/],
  [/National Armed Forces/, /Nacionāl\S* bruņot\S* spēk/, /[Nn]acionalin\S* ginkluot\S* pajėg/],
  [/NATO Response Force/, /NATO reaģēšanas spēk/, /NATO reagavimo pajėg/],
  [/Force Integration Unit/, /NATO spēku integrācijas vienīb/, /NATO pajėgų integravimo vienet/],
  [/crisis management/, /krīžu vadīb/, /krizių valdym/],
  [/member state/i, /dalībvalst/, /valstyb\S* nar/],
  [/State Defence Concept/, /Valsts aizsardzības koncepcij/, /Valstybės gynybos koncepcij/],
  [/State Department/, /ASV Valsts departament/, /JAV valstybės departament/],
  [/Department of Defense/, /ASV Aizsardzības departament/, /JAV gynybos departament/],
  [/Saeima/, /Saeim/, /Latvijos Seim/],
  [/United States|USA|U\.S\./, /Amerikas Savienot|ASV/, /Jungtin\S* Valstij|JAV/],
  [/German/, /Vācij/, /Vokietij/],
  [/Canada/, /Kanād/, /Kanad/],
  [/Georgia/, /Gruzij/, /Sakartvel/],
  [/Šiauliai/, /Šauļ/, /Šiaul/],
  [/Ämari/, /Emari/, /Ämari/],
  [/Lielvārde/, /Lielvārd/, /Lielvard/],
  [/Rukla/, /Rukl/, /Rukl/],
  [/Vilnius/, /Viļņ/, /Vilni/],
  [/Warsaw/, /Varšav/, /Varšuv/],
  [/Washington/, /Vašington/, /Vašington/],
  [/Kyiv/, /Kijiv/, /Kyjiv/],
  [/Ghor/, /Goras/, /Goro/],
];
/** Terms and spellings also in use but not chosen, ruled out so each has one form per language. */
const AVOIDED: [lv: RegExp, lt: RegExp][] = [
  [/pastiprināt\S* klātbūtn/, /sustiprint\S* priešakin/],
  [/Šiauliai|Ämari|Vilnius|Kijev/, /Amari|Adaži|Rīga|Kijev|Gruzij/],
];

describe('terminology', () => {
  it.each(TERMS.map(([en, lv, lt]) => [en.source, en, lv, lt] as const))(
    '"%s" has one translation in each language',
    (_term, en, lv, lt) => {
      const uses = facts.filter((f) => en.test(f.statement));
      expect(uses.length).toBeGreaterThan(0);
      for (const fact of uses) {
        expect([fact.id, fileOf('lv').statements[fact.id]]).toEqual([
          fact.id,
          expect.stringMatching(lv),
        ]);
        expect([fact.id, fileOf('lt').statements[fact.id]]).toEqual([
          fact.id,
          expect.stringMatching(lt),
        ]);
      }
    },
  );

  it('avoids the terms not chosen', () => {
    for (const [lv, lt] of AVOIDED) {
      expect(Object.values(fileOf('lv').statements).filter((s) => lv.test(s))).toEqual([]);
      expect(Object.values(fileOf('lt').statements).filter((s) => lt.test(s))).toEqual([]);
    }
  });
});

describe('the schema', () => {
  const valid = { language: 'lv', note: 'n', statements: { 'a-fact': 'Teikums.' } };
  it('accepts a minimal file', () => {
    expect(v.safeParse(StatementsFileSchema, valid).success).toBe(true);
  });
  it.each([
    ['an unknown language', { ...valid, language: 'et' }],
    ['an empty statement', { ...valid, statements: { 'a-fact': ' ' } }],
    ['an id that is not a slug', { ...valid, statements: { 'A Fact': 'Teikums.' } }],
    ['a misspelt key', { ...valid, statement: {} }],
    ['no statements', { language: 'lv', note: 'n' }],
  ])('rejects %s', (_what, input) => {
    expect(v.safeParse(StatementsFileSchema, input).success).toBe(false);
  });
});

describe('figures', () => {
  it('normalise decimal and thousands separators', () => {
    expect(numbersIn('$145.1 million', 'en')).toEqual(['145.1']);
    expect(numbersIn('145,1 mln.', 'lt')).toEqual(['145.1']);
    expect(numbersIn('over 1,000 troops', 'en')).toEqual(['1000']);
    expect(numbersIn('vairāk nekā 1000 karavīru', 'lv')).toEqual(['1000']);
    expect(numbersIn('daugiau nei 1 000 karių', 'lt')).toEqual(['1000']);
    expect(numbersIn('daugiau nei 1\u00A0000 karių', 'lt')).toEqual(['1000']);
    expect(numbersIn('2,5\u00A0%', 'lv')).toEqual(['2.5']);
  });

  it('read dates, ranges, ordinals and names in each language’s form', () => {
    expect(numbersIn('on 29 March 2004.', 'en')).toEqual(['29', '2004']);
    expect(numbersIn('2004. gada 29. martā', 'lv')).toEqual(['2004', '29']);
    expect(numbersIn('2004 m. kovo 29 d.', 'lt')).toEqual(['2004', '29']);
    expect(numbersIn('in 1991, 1994 and 2017–2021', 'en')).toEqual([
      '1991',
      '1994',
      '2017',
      '2021',
    ]);
    expect(numbersIn('F-16s and M109', 'en')).toEqual(['16', '109']);
  });

  it('treat an English-style "1,000" in a translation as the number one', () => {
    expect(figureMismatch('over 1,000 troops', 'vairāk nekā 1,000 karavīru', 'lv')).toEqual({
      missing: ['1000'],
      extra: ['1'],
    });
  });

  it('count a number as often as the English writes it', () => {
    expect(figureMismatch('From 2017 to 2017', 'No 2017. gada', 'lv').missing).toEqual(['2017']);
  });
});

describe('the checker finds a broken translation', () => {
  const problemsWith = (file: StatementsFile) =>
    checkTranslations(facts, [file]).map(({ language, fact, kind }) => ({ language, fact, kind }));

  it('a fact without a statement', () => {
    const lt = copyOf('lt');
    delete lt.statements['lt-mod-address'];
    expect(problemsWith(lt)).toEqual([{ language: 'lt', fact: 'lt-mod-address', kind: 'missing' }]);
  });

  it('a statement for an id that is not a fact', () => {
    const lv = copyOf('lv');
    lv.statements['no-such-fact'] = 'Teikums.';
    expect(problemsWith(lv)).toEqual([
      { language: 'lv', fact: 'no-such-fact', kind: 'unknown-fact' },
    ]);
  });

  it('a dropped number', () => {
    const lv = copyOf('lv');
    lv.statements['lv-nato-member-2004'] = 'Latvija kļuva par NATO dalībvalsti 2004. gada martā.';
    const problems = checkTranslations(facts, [lv]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      language: 'lv',
      fact: 'lv-nato-member-2004',
      kind: 'figures',
    });
    expect(problems[0]?.message).toContain('missing 29');
  });

  it('a changed or added number', () => {
    const lt = copyOf('lt');
    lt.statements['lv-spending-2-5pc-2025'] =
      'Latvija įsipareigojo iki 2025 m. padidinti gynybos išlaidas iki 2,6 % BVP.';
    expect(problemsWith(lt)).toEqual([
      { language: 'lt', fact: 'lv-spending-2-5pc-2025', kind: 'figures' },
    ]);
  });

  it('an English decimal point where the language writes a comma', () => {
    const lt = copyOf('lt');
    lt.statements['us-fmf-fy2022'] = lt.statements['us-fmf-fy2022']!.replace('145,1', '145.1');
    expect(problemsWith(lt)).toEqual([{ language: 'lt', fact: 'us-fmf-fy2022', kind: 'figures' }]);
  });

  it('an empty statement', () => {
    const lv = copyOf('lv');
    lv.statements['lv-pfp-1994'] = '';
    expect(problemsWith(lv)).toEqual([{ language: 'lv', fact: 'lv-pfp-1994', kind: 'empty' }]);
  });

  it('a statement left in English', () => {
    const lv = copyOf('lv');
    const fact = facts.find((f) => f.id === 'lv-strategy-deterrence')!;
    lv.statements[fact.id] = fact.statement;
    expect(problemsWith(lv)).toEqual([
      { language: 'lv', fact: 'lv-strategy-deterrence', kind: 'untranslated' },
    ]);
  });

  it('statements out of order', () => {
    const lt = copyOf('lt');
    const [first, ...rest] = Object.entries(lt.statements);
    lt.statements = Object.fromEntries([...rest, first!]);
    expect(problemsWith(lt)).toEqual([{ language: 'lt', fact: rest[0]![0], kind: 'order' }]);
  });

  it('and says which language and fact in its message', () => {
    const lv = copyOf('lv');
    delete lv.statements['lv-pfp-1994'];
    expect(checkTranslations(facts, [lv])[0]?.message).toBe(
      'lv lv-pfp-1994: no statement in this language',
    );
  });
});
