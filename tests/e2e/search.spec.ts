/** The search box: any spelling finds a place, a fact result opens it. */
import type { Page } from '@playwright/test';
import { details, expect, test } from './fixtures.ts';

const search = (page: Page) => page.getByRole('combobox', { name: 'Search' });

test.describe('search', () => {
  for (const [query, heading] of [
    ['Siauliai', 'Šiauliai Air Base'],
    ['Šiauliai', 'Šiauliai Air Base'],
    ['Kiev', 'Kyiv'],
    ['Lielvarde', 'Lielvārde Air Base'],
    // Latvian and Lithuanian names, under the English interface.
    ['Viļņa', 'Vilnius'],
    ['Vokietija', 'Germany'],
  ] as const) {
    test(`"${query}" then Enter opens ${heading}`, async ({ page }) => {
      await page.goto('/');
      await search(page).fill(query);
      await expect(search(page)).toHaveAttribute('aria-expanded', 'true');
      await search(page).press('Enter');
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(heading);
      await expect(search(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(page).toHaveURL(/sel=/);
    });
  }

  test('a layer word and a country open the place they name together', async ({ page }) => {
    await page.goto('/');
    await search(page).fill('battlegroup Lithuania');
    await expect(page.getByRole('option').first()).toContainText('Rukla');
    await search(page).press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  });

  test('a question lists the fact that answers it', async ({ page }) => {
    await page.goto('/');
    await search(page).fill('when did Latvia join NATO');
    const answer = page
      .getByRole('option')
      .filter({ hasText: 'Latvia became a NATO member state on 29 March 2004.' });
    await expect(answer).toBeVisible();
    await answer.click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
    await expect(details(page).locator('article.highlighted')).toContainText('29 March 2004');
  });

  // The index is fetched on first use: what is typed before it arrives is not lost.
  test('typed and entered before the search code has arrived, the place still opens', async ({
    page,
  }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/assets\/search-index-[\w-]+\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto('/');
    const input = search(page);
    await input.fill('Siauliai');
    await input.press('Enter');
    await expect.poll(() => requested).toBe(true);
    await expect(page.locator('.search [role="status"]')).toHaveText('Searching…');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Details');

    release();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    await expect(input).toHaveValue('Šiauliai Air Base');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  test('the arrow keys move through the options; Escape closes the list', async ({ page }) => {
    await page.goto('/');
    const input = search(page);
    await input.fill('Amari');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    await expect(options.first()).toContainText('Ämari Air Base');
    await expect(input).not.toHaveAttribute('aria-activedescendant', /./);

    await input.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute(
      'aria-activedescendant',
      (await options.nth(0).getAttribute('id'))!,
    );
    await input.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await input.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

    await input.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(listbox).toBeHidden();
    await input.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
  });

  test('a fact result selects its place and highlights the fact', async ({ page }) => {
    await page.goto('/');
    const input = search(page);
    await input.fill('Belgian Air Force detachment');
    const fact = page.getByRole('option').filter({ hasText: 'Belgian Air Force' }).first();
    await expect(fact).toBeVisible();
    await fact.click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    const highlighted = details(page).locator('article.highlighted');
    await expect(highlighted).toHaveCount(1);
    await expect(highlighted).toContainText('Belgian Air Force');
    await expect(highlighted).toBeInViewport();
    // Only the selection goes into the link; the highlight is transient.
    await expect(page).toHaveURL(/#sel=siauliai-air-base$/);
  });
});

/** The colour of the map canvas at a fraction of its width and height, from a real screenshot. */
