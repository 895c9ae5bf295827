import { expect, test, untilServiceWorkerControls, waitForMapIdle } from './fixtures.ts';

test('after one visit the explorer opens offline, map and all', async ({ page, context }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  // The service worker registers after the map's first idle and precaches the app, the fonts, the
  // country outlines and the fact base.
  await untilServiceWorkerControls(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltic Defence Atlas');
  await waitForMapIdle(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Offline, a base's facts and their source are still there.
  await page.getByRole('button', { name: /^Šiauliai Air Base/ }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
  await expect(details.locator('article.fact blockquote').first()).toContainText('29 March 2004');
  await details.getByRole('button', { name: 'Open the source at this passage' }).first().click();
  await expect(
    page.getByRole('region', { name: 'Document' }).locator('mark.current'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Close the document' }).click();

  // Search, fetched on first use, is there offline too: the service worker cached it.
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('Lielvarde');
  await search.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Lielvārde Air Base');
});

test('the web app manifest names the atlas and has installable icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).not.toBeNull();
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Baltic Defence Atlas');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const image = await page.request.get(new URL(icon.src, page.url()).href);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});
