/** The year slider and Play: the map shows the alliance as it stood that year. */
import type { Page } from '@playwright/test';
import { details, expect, test, waitForMapIdle } from './fixtures.ts';

async function canvasColourAt(page: Page, fx: number, fy: number): Promise<number[]> {
  const png = await page.locator('canvas.maplibregl-canvas').screenshot();
  return page.evaluate(
    async ({ base64, fx, fy }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const x = Math.round(image.width * fx);
      const y = Math.round(image.height * fy);
      return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    },
    { base64: png.toString('base64'), fx, fy },
  );
}

test.describe('timeline', () => {
  test('setting the year to 2000 takes the Baltic states out of the alliance on the map', async ({
    page,
  }) => {
    // Centred on eastern Latvia, away from labels and points, so the centre pixel is Latvia's fill.
    await page.goto('/#map=6/56.6/26');
    await waitForMapIdle(page);
    await expect(page.getByText(/^\d+ NATO members in \d{4}$/)).toHaveText(/^32 NATO members/);
    const before = await canvasColourAt(page, 0.5, 0.5);

    await page.getByRole('slider', { name: 'Year' }).fill('2000');
    await expect(page.getByText('19 NATO members in 2000')).toBeVisible();
    await expect(page).toHaveURL(/year=2000/);
    await expect.poll(() => canvasColourAt(page, 0.5, 0.5)).not.toEqual(before);

    // Events after 2000 are not listed; picking one moves the year to it and shows the fact.
    const events = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect(events.first()).toBeVisible();
    for (const text of await events.allTextContents()) {
      expect(Number(/\d{4}/.exec(text)![0])).toBeLessThanOrEqual(2000);
    }
    const first = events.first().getByRole('button');
    const year = /\d{4}/.exec((await first.textContent())!)![0];
    await first.click();
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue(year);
    await expect(details(page).locator('article.highlighted')).toHaveCount(1);
  });

  test('Play steps through the years and stops at the present', async ({ page }) => {
    const present = new Date().getFullYear();
    await page.goto(`/#year=${present - 2}`);
    const slider = page.getByRole('slider', { name: 'Year' });
    await expect(slider).toHaveValue(String(present - 2));
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(slider).toHaveValue(String(present), { timeout: 5000 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 3000 });
  });
});
