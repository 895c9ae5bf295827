/**
 * Truth in time and in source: the map draws a place only in the years its sources support, and
 * every line of a place's card says where it comes from.
 */
import type { Page } from '@playwright/test';
import { details, expect, pngColours, test, waitForMapIdle } from './fixtures.ts';
import { centredOn } from './places.ts';

/** How many canvas pixels are within a few levels of a layer's sign colour. */
async function pixelsOf(page: Page, hex: string): Promise<number> {
  const target = Number.parseInt(hex.slice(1), 16);
  const png = await page.locator('canvas.maplibregl-canvas').screenshot();
  let count = 0;
  for (const [colour, n] of await pngColours(page, png)) {
    const near = [16, 8, 0].every(
      (shift) => Math.abs(((colour >> shift) & 255) - ((target >> shift) & 255)) <= 6,
    );
    if (near) count += n;
  }
  return count;
}

const AIR_POLICING = '#D55E00';
const OPERATIONS = '#E69F00';

test('no air-policing base is drawn in 1991 or 1999; Šiauliai is from 2004', async ({ page }) => {
  for (const [year, drawn] of [
    [1991, false],
    [1999, false],
    [2004, true],
  ] as const) {
    await page.goto(`${centredOn('lielvarde-air-base', 6)}&layers=air-policing&year=${year}`);
    await waitForMapIdle(page);
    if (drawn) await expect.poll(() => pixelsOf(page, AIR_POLICING)).toBeGreaterThan(20);
    else expect(await pixelsOf(page, AIR_POLICING), String(year)).toBe(0);
  }
});

test('an operation that ended is not drawn in the present, but is in its years', async ({
  page,
}) => {
  await page.goto(`${centredOn('ghor-province', 6)}&layers=operations&year=2010`);
  await waitForMapIdle(page);
  await expect.poll(() => pixelsOf(page, OPERATIONS)).toBeGreaterThan(20);

  await page.goto(`${centredOn('ghor-province', 6)}&layers=operations`);
  await waitForMapIdle(page);
  expect(await pixelsOf(page, OPERATIONS)).toBe(0);
});

for (const [place, name] of [
  ['tapa', 'Tapa'],
  ['rukla', 'Rukla'],
] as const) {
  test(`the ${name} card names a source for every line`, async ({ page }) => {
    await page.goto(`/#sel=${place}`);
    const card = details(page);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(name);
    const roles = card.locator('ul.roles > li');
    await expect(roles.first()).toBeVisible();
    for (const role of await roles.all()) {
      await expect(role.locator('.cite').first()).toHaveText(/^(Source|Background): \S/);
    }
    await expect(card.locator('article.fact').first()).toBeVisible();
    await expect(card).not.toContainText('passages below');
  });
}

test('Rukla’s card shows the sentence that names its contributing nations', async ({ page }) => {
  await page.goto('/#sel=rukla');
  await expect(
    details(page).locator('article.fact blockquote', { hasText: 'Aside from Germany' }),
  ).toBeVisible();
});

test('a document shows its date; a statement about its present says as of when', async ({
  page,
}) => {
  await page.goto('/#doc=lt-active-reliable-ally');
  const reader = page.getByRole('region', { name: 'Document' });
  await expect(reader).toContainText('Published 2018');
  await page.goto('/#sel=LTU');
  const card = details(page).locator('article.fact', { hasText: 'member of NATO for 14 years' });
  await expect(card).toContainText('as of 2018');
});
