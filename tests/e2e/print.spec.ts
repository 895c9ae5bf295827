/** Printing a place: its title, its map, every fact with its quotes and sources, and no controls. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { details, expect, test, waitForMapIdle, PHONE } from './fixtures.ts';
import { readPdf } from './pdf.ts';
import { centredOn } from './places.ts';

interface FactBase {
  documents: { id: string; title: string; publisher: string }[];
  facts: { statement: string; entities: string[]; evidence: { doc: string; quote: string }[] }[];
}
const factBase = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../dist/generated/factbase.json', import.meta.url)),
    'utf8',
  ),
) as FactBase;

/** Text as a reader sees it: line breaks and runs of spaces are one space. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

function factsAbout(id: string) {
  return factBase.facts.filter((fact) => fact.entities.includes(id));
}

function sourceOf(docId: string): string {
  const doc = factBase.documents.find((d) => d.id === docId)!;
  return `${doc.publisher}, “${doc.title}”`;
}

/** What a printed page must not show: the app's controls. */
const CONTROL_TEXT = [
  'Open the source at this passage',
  'Copy citation',
  'Layers & places',
  'Download map as PNG',
  'Save the map for offline use',
  'Skip to the list of places',
  'Zoom in',
];

test('a printed place: title, map, every fact with its quotes and full sources, no controls', async ({
  page,
}) => {
  await page.goto(`${centredOn('siauliai-air-base')}&sel=siauliai-air-base`);
  await waitForMapIdle(page);
  await expect(details(page).locator('article.fact').first()).toBeVisible();

  const pdf = readPdf(await page.pdf());
  expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
  expect(pdf.pages.length).toBeLessThanOrEqual(3);
  const text = plain(pdf.pages.join('\n'));
  expect(text.slice(0, 80)).toMatch(/^Baltic Defence Atlas Šiauliai Air Base/);
  const facts = factsAbout('siauliai-air-base');
  expect(facts.length).toBeGreaterThan(0);
  for (const fact of facts) {
    expect(text).toContain(plain(fact.statement));
    for (const evidence of fact.evidence) {
      expect(text).toContain(plain(evidence.quote));
      expect(text).toContain(sourceOf(evidence.doc));
    }
  }
  for (const control of CONTROL_TEXT) expect(text).not.toContain(control);

  // The map: one picture of the view, drawn (many colours, not a blank canvas), with its key.
  expect(pdf.images).toHaveLength(1);
  expect(pdf.images[0]!.width).toBeGreaterThanOrEqual(600);
  expect(pdf.images[0]!.colours).toBeGreaterThan(100);
  expect(text).toContain('Air policing');
  expect(text).toContain('Map data: GeoNames (CC BY 4.0)');
});

test('under print media the controls are hidden and the facts shown', async ({ page }) => {
  await page.goto('/#sel=LVA');
  await expect(details(page).locator('article.fact blockquote').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const role of ['checkbox', 'combobox', 'slider'] as const) {
    for (const control of await page.getByRole(role).all()) await expect(control).toBeHidden();
  }
  await expect(page.locator('.maplibregl-control-container')).toBeHidden();
  for (const button of await page.getByRole('button').all()) {
    if (await button.isVisible()) {
      // What stays is a place's name in the text, which on screen selects it.
      await expect(button).toHaveClass(/\blink\b/);
      await expect(button).not.toHaveText(/Open|Copy|Dismiss/);
    }
  }
  await expect(details(page).locator('blockquote').first()).toBeVisible();
  await expect(details(page).locator('.source').first()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the details in the bottom sheet print in full, without the sheet', async ({ page }) => {
    await page.goto('/#sel=LTU');
    await waitForMapIdle(page);
    await expect(page.locator('.sheet')).toHaveAttribute('data-state', 'half');
    await expect(details(page).locator('article.fact').first()).toBeVisible();

    const pdf = readPdf(await page.pdf());
    const text = plain(pdf.pages.join('\n'));
    // The title first, then the place's name before its facts (a PDF's text order within a line
    // follows its runs, so the name and the "Country" tag may come either way round).
    expect(text.slice(0, 80)).toMatch(/^Baltic Defence Atlas /);
    const facts = factsAbout('LTU');
    const named = text.indexOf('Lithuania');
    expect(named, text.slice(0, 200)).toBeGreaterThan(0);
    expect(named, text.slice(0, 200)).toBeLessThan(text.indexOf(plain(facts[0]!.statement)));
    expect(facts.length).toBeGreaterThan(10);
    for (const fact of facts) expect(text).toContain(plain(fact.statement));
    expect(pdf.pages.length).toBeLessThanOrEqual(facts.length);
    for (const control of CONTROL_TEXT) expect(text).not.toContain(control);
    expect(pdf.images).toHaveLength(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: /Resize the details/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Expand details' })).toBeHidden();
    await expect(details(page).locator('article.fact').last()).toBeVisible();
  });
});
