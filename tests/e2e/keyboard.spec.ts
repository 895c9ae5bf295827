/**
 * The map with the keyboard: stepping through the places in view, choosing one, and reaching its
 * sources in a few presses; Escape returns focus to where it came from; the reset and the frame.
 */
import type { Page } from '@playwright/test';
import { details, expect, test, waitForMapIdle } from './fixtures.ts';
import { centredOn } from './places.ts';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+\. Enter/ });

async function focusMap(page: Page): Promise<void> {
  await page.locator('canvas.maplibregl-canvas').focus();
}

test('N steps through the places in view, announced; Enter opens the one announced', async ({
  page,
}) => {
  await page.goto(centredOn('siauliai-air-base', 7));
  await waitForMapIdle(page);
  await page.waitForFunction(() => performance.getEntriesByName('atlas-ready').length > 0);
  await focusMap(page);
  await page.keyboard.press('n');
  await expect(status(page)).toHaveText(/^.+: 1 of \d+\. Enter opens it\.$/);
  const first = (await status(page).textContent())!.split(',')[0]!;
  await page.keyboard.press('n');
  await expect(status(page)).toHaveText(/: 2 of \d+\./);
  await page.keyboard.press('p');
  await expect(status(page)).toHaveText(new RegExp(`^${first}, .*: 1 of`));
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first);
});

test('from a place chosen on the map, its first source is two Tab presses away', async ({
  page,
}) => {
  await page.goto(centredOn('rukla', 8));
  await waitForMapIdle(page);
  await page.waitForFunction(() => performance.getEntriesByName('atlas-ready').length > 0);
  await focusMap(page);
  await page.keyboard.press('n');
  await expect(status(page)).toHaveText(/^Rukla, /);
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Go to the facts about Rukla' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const source = details(page).getByRole('button', { name: 'Open the source at this passage' });
  await expect(source.first()).toBeFocused();

  // The reader opens from there, and Escape brings focus back to the same button.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Document' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Document' })).toBeHidden();
  await expect(source.first()).toBeFocused();
});

test('choosing a battlegroup frames it with its lead and contributing nations', async ({
  page,
}) => {
  await page.goto(centredOn('rukla', 8));
  await waitForMapIdle(page);
  await page.getByRole('combobox', { name: /search/i }).fill('Rukla');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  // Iceland, the farthest contributor, is in the frame: the map zooms out a long way.
  await expect
    .poll(async () => Number(/map=([\d.]+)\//.exec(page.url())?.[1] ?? '8'))
    .toBeLessThan(5);
});

test('a shared link with a selection keeps its own view', async ({ page }) => {
  // Without motion a frame would be applied at once, and the link rewritten frames later.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${centredOn('rukla', 8)}&sel=rukla`);
  await waitForMapIdle(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  await expect(details(page).locator('article.fact').first()).toBeVisible();
  for (let frame = 0; frame < 5; frame++) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
  expect(page.url()).toMatch(/map=8\//);
});

test('Reset the view goes back to the first view', async ({ page }) => {
  await page.goto(centredOn('rukla', 9));
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Reset the view' }).click();
  await expect.poll(() => page.url()).not.toMatch(/map=/);
});

test('a card’s facts narrow by topic, and the link keeps the choice', async ({ page }) => {
  await page.goto('/#sel=LVA');
  const card = details(page);
  const heading = card.getByRole('heading', { name: /^Facts from the documents/ });
  await expect(heading).toBeVisible();
  const all = Number(/\((\d+)\)/.exec((await heading.textContent())!)![1]);
  await card.getByRole('combobox', { name: 'Topic' }).selectOption('air-policing');
  await expect(page).toHaveURL(/topic=air-policing/);
  await expect(heading).toHaveText(new RegExp(`\\((\\d+) of ${all}\\)`));
  const shown = await card.locator('article.fact').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await page.reload();
  await expect(card.getByRole('combobox', { name: 'Topic' })).toHaveValue('air-policing');
  await expect(card.locator('article.fact')).toHaveCount(shown);
});
