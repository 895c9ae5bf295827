/**
 * The three languages: a link's `lang`, the switch, the browser's preference, facts and dates in
 * the language chosen, quotes verbatim and marked in their own language, and axe in each.
 */
import { readFileSync } from 'node:fs';
import { PHONE, axeViolations, details, expect, test, waitForMapIdle } from './fixtures.ts';

const statements = (language: 'lv' | 'lt') =>
  (
    JSON.parse(readFileSync(`data/translations/statements.${language}.json`, 'utf8')) as {
      statements: Record<string, string>;
    }
  ).statements;

/** A fact about Latvia that quotes one of the Latvian paragraphs of "Defence policy". */
const LATVIAN_QUOTE_FACT = 'lv-vak-prepared-by-mod';

test('lang=lv: the page, the interface, a fact card and a date are in Latvian', async ({
  page,
}) => {
  await page.goto('/#sel=LVA&lang=lv');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  await expect(page).toHaveTitle('Baltijas aizsardzības atlants');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltijas aizsardzības atlants');
  await expect(page.getByRole('combobox', { name: 'Meklēt' })).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Informācija' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Latvija');
  await expect(panel).toContainText('2004. gada 29. marts');
  // Screen readers hear the place by its Latvian name too.
  await expect(page.getByRole('status').filter({ hasText: 'Atlasīts: Latvija;' })).toHaveCount(1);
  const card = panel.locator(`[data-fact="${LATVIAN_QUOTE_FACT}"]`);
  await expect(card.locator('.statement')).toHaveText(statements('lv')[LATVIAN_QUOTE_FACT]!);
  await expect(page.getByLabel('Valoda')).toHaveValue('lv');
  // The statements say they are the project's translations.
  await expect(panel.locator('.translated')).toContainText('projekta paša tulkojumi');
});

test('lang=lt: the page, the interface, a fact card and a date are in Lithuanian', async ({
  page,
}) => {
  await page.goto('/#sel=LVA&lang=lt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltijos gynybos atlasas');
  const panel = page.getByRole('complementary', { name: 'Informacija' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Latvija');
  await expect(panel).toContainText('2004 m. kovo 29 d.');
  const card = panel.locator(`[data-fact="${LATVIAN_QUOTE_FACT}"]`);
  await expect(card.locator('.statement')).toHaveText(statements('lt')[LATVIAN_QUOTE_FACT]!);
  // The quote is the source, verbatim, never translated.
  await expect(card.locator('blockquote')).toContainText('Saskaņā ar Nacionālās drošības likuma');
});

test('switching language keeps the selection, the view, the year and the map, and goes into the link', async ({
  page,
}) => {
  await page.goto('/#map=6/56.5/24&sel=LVA&year=2010');
  await waitForMapIdle(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  // A mark on the map's canvas survives only if the map is not built again.
  await page.locator('canvas.maplibregl-canvas').evaluate((canvas) => {
    canvas.dataset['kept'] = 'yes';
  });

  const language = page.getByLabel('Language');
  await language.focus();
  await language.selectOption('lv');
  const panel = page.getByRole('complementary', { name: 'Informācija' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Latvija');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  await expect(page).toHaveURL(/#map=6\/56\.5\/24&sel=LVA&year=2010&lang=lv$/);
  await expect(page.getByRole('slider')).toHaveValue('2010');
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('data-kept', 'yes');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText(
    'Avoti: Latvijas Aizsardzības ministrija',
  );
  await expect(page.getByRole('button', { name: 'Tuvināt' })).toBeVisible();

  await page.getByLabel('Valoda').selectOption('lt');
  await expect(page.getByRole('complementary', { name: 'Informacija' })).toBeVisible();
  await page.getByLabel('Kalba').selectOption('en');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await expect(page).toHaveURL(/#map=6\/56\.5\/24&sel=LVA&year=2010$/);
});

test('switching language keeps the open document and its passage', async ({ page }) => {
  await page.goto(`/#sel=LVA&doc=lv-defence-policy&fact=${LATVIAN_QUOTE_FACT}`);
  await expect(page.locator('.reader mark.current')).toContainText('Saskaņā ar');
  await page.getByLabel('Language').selectOption('lt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.locator('.reader h2')).toHaveText('Defence policy');
  await expect(page.locator('.reader mark.current')).toContainText('Saskaņā ar');
  await expect(page.locator('.reader .showing strong')).toHaveText(
    statements('lt')[LATVIAN_QUOTE_FACT]!,
  );
  await expect(page).toHaveURL(
    new RegExp(`#sel=LVA&doc=lv-defence-policy&fact=${LATVIAN_QUOTE_FACT}&lang=lt$`),
  );
});

test('the switch names each language in itself, whatever the page speaks', async ({ page }) => {
  await page.goto('/#lang=lt');
  const options = page.getByLabel('Kalba').locator('option');
  await expect(options).toHaveText(['English', 'Latviešu', 'Lietuvių']);
  await expect(options.nth(1)).toHaveAttribute('lang', 'lv');
});

test('Latvian passages are marked lv in the reader and in fact cards of the English page', async ({
  page,
}) => {
  await page.goto('/#sel=LVA');
  const quote = details(page).locator(`[data-fact="${LATVIAN_QUOTE_FACT}"] blockquote`);
  await expect(quote).toHaveAttribute('lang', 'lv');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(details(page).locator('.translated')).toHaveCount(0);

  await page.goto('/#doc=lv-defence-policy');
  const reader = page.getByRole('region', { name: 'Document' });
  await expect(reader.locator('.text')).toHaveAttribute('lang', 'en');
  const latvian = reader.locator('.text [lang="lv"]');
  await expect(latvian.first()).toContainText('Saskaņā ar Nacionālās drošības likuma 29. pantu');
  // Every Latvian paragraph, and no English one.
  const marked = (await latvian.allTextContents()).join('');
  expect(marked).toContain('Visaptverošas valsts aizsardzības sistēmas ieviešana');
  expect(marked).toContain('Industriju');
  expect(marked).not.toContain('International cooperation');
});

test('a link without lang follows the browser’s preferred language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'lt-LT' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltijos gynybos atlasas');
  // English chosen over the browser's Lithuanian must say so in the link, or it would be lost.
  await page.getByLabel('Kalba').selectOption('en');
  await expect(page).toHaveURL(/#lang=en$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('a hand-edited lang is reported and the page stays in English', async ({ page }) => {
  await page.goto('/#sel=LVA&lang=de');
  await expect(
    page.getByRole('status').filter({ hasText: 'Part of this link was ignored' }),
  ).toContainText('lang: "de" is not a language of the atlas');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a broken statements file is named; the page speaks Latvian with English statements', async ({
  page,
}) => {
  await page.route('**/generated/statements.lv.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"language": "lv", "statements": 4}' }),
  );
  await page.goto('/#sel=LVA&lang=lv');
  await expect(page.getByRole('alert')).toContainText('generated/statements.lv.json');
  const panel = page.getByRole('complementary', { name: 'Informācija' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Latvija');
  const english = (
    JSON.parse(readFileSync('data/facts.json', 'utf8')) as {
      facts: { id: string; statement: string }[];
    }
  ).facts.find((f) => f.id === LATVIAN_QUOTE_FACT)!.statement;
  await expect(panel.locator(`[data-fact="${LATVIAN_QUOTE_FACT}"] .statement`)).toHaveText(english);
});

for (const language of ['lv', 'lt'] as const) {
  test(`axe finds no WCAG 2.1 AA violation in ${language}, with a fact card and the reader`, async ({
    page,
  }) => {
    await page.goto(`/#sel=LVA&lang=${language}`);
    await waitForMapIdle(page);
    await expect(page.locator(`[data-fact="${LATVIAN_QUOTE_FACT}"]`)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/#doc=lv-defence-policy&lang=${language}`);
    await expect(page.locator('.reader .text [lang="lv"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe(`on a phone in ${language}`, () => {
    test.use(PHONE);
    test('axe finds no WCAG 2.1 AA violation, with the sheet open', async ({ page }) => {
      await page.goto(`/#sel=rukla&lang=${language}`);
      await waitForMapIdle(page);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('aside.details h2')).toHaveText('Rukla');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
