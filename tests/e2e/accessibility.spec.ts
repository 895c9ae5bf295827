/** WCAG 2.1 AA by axe on a desktop, and the explorer with the keyboard alone. */
import { axeViolations, details, expect, test, waitForMapIdle } from './fixtures.ts';

test('axe finds no WCAG 2.1 AA violation on a desktop, with and without a selection', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/#sel=LVA');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/#doc=lv-latvia-and-nato');
  await expect(page.getByRole('region', { name: 'Document' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('with the keyboard alone: to the Browse list, choose Ämari, read it, Escape back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Browse' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the list of places' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#browse')).toBeFocused();

  const amari = page.getByRole('button', { name: /^Ämari Air Base/ });
  for (let i = 0; i < 60 && !(await amari.evaluate((el) => el === document.activeElement)); i++) {
    // Tab reaches each group; arrows move inside it.
    const inAirPolicing = await page.evaluate(
      () => document.activeElement?.closest('ul')?.getAttribute('aria-label') === 'Air policing',
    );
    await page.keyboard.press(inAirPolicing ? 'ArrowDown' : 'Tab');
  }
  await expect(amari).toBeFocused();
  await expect(amari).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Ämari Air Base');
  await expect(page.getByRole('status').filter({ hasText: 'Selected Ämari Air Base' })).toHaveCount(
    1,
  );
  await expect(details(page)).toContainText('2014');

  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Details');
  await expect(amari).toBeFocused();
});
