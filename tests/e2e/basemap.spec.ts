/**
 * The vector-tile basemap: towns, water and coasts drawn from the app's own archive, towns the
 * documents name open their facts, the views seen and a saved map work offline, and a damaged
 * archive leaves the rest of the atlas working.
 */
import type { Page } from '@playwright/test';
import { details, expect, test, untilServiceWorkerControls, waitForMapIdle } from './fixtures.ts';
import { centredOn } from './places.ts';

/** The towns the map names in its view, as it tells screen readers. */
const towns = (page: Page) => page.getByRole('region', { name: 'Towns on the map' });
/** One of them, by its whole name. */
const town = (page: Page, name: string) =>
  towns(page)
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${name}$`) });

test('at zoom 10 the town beside Šiauliai Air Base is drawn and named', async ({ page }) => {
  await page.goto(centredOn('siauliai-air-base', 10));
  await waitForMapIdle(page);
  await expect(town(page, 'Šiauliai')).toHaveCount(1);
});

test('a town the documents name opens its facts when its name is clicked', async ({ page }) => {
  await page.goto(centredOn('vilnius', 12));
  await waitForMapIdle(page);
  await expect(town(page, 'Vilnius')).toHaveCount(1);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Vilnius');
});

test('the countries are drawn from the overview, and from the Baltic detail once zoomed in', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/');
  await waitForMapIdle(page);
  expect(fetched).toContain('/generated/basemap/countries-overview.topojson');
  expect(fetched).not.toContain('/generated/basemap/countries.topojson');
  // Zoomed to 8 by a new link: the detailed outlines are fetched, and the country still answers.
  await page.goto(centredOn('lielvarde-air-base', 8));
  await expect.poll(() => fetched).toContain('/generated/basemap/countries.topojson');
  await waitForMapIdle(page);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2 + 90, box.y + box.height / 2 + 90);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
});

test('the views seen work offline, from the tiles the browser kept', async ({ page, context }) => {
  await page.goto(centredOn('rukla', 10));
  await waitForMapIdle(page);
  await expect.poll(() => towns(page).getByRole('listitem').count()).toBeGreaterThan(0);
  const seen = await towns(page).getByRole('listitem').allTextContents();
  await untilServiceWorkerControls(page);

  await context.setOffline(true);
  await page.reload();
  await waitForMapIdle(page);
  await expect(towns(page).getByRole('listitem')).toHaveText(seen);
});

test('saved for offline use, the whole map works offline: a base at zoom 10 has its town', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await untilServiceWorkerControls(page);
  // A cached range of an older archive: saving the map clears it away.
  await page.evaluate(async () => {
    const cache = await caches.open('basemap-tiles');
    await cache.put(`${location.origin}/tiles/basemap.000000000000.pmtiles`, new Response('old'));
  });
  const save = page.getByRole('button', {
    name: /^Save the map for offline use \(\d+(\.\d)? MB\)$/,
  });
  await save.click();
  await expect(page.getByText('The whole map is saved: it works with no connection.')).toBeVisible({
    timeout: 60_000,
  });

  await context.setOffline(true);
  await page.reload();
  await waitForMapIdle(page);
  await page.goto(centredOn('siauliai-air-base', 10));
  await waitForMapIdle(page);
  await expect(town(page, 'Šiauliai')).toHaveCount(1);
  const kept = await page.evaluate(async () =>
    (await (await caches.open('basemap-tiles')).keys()).map((r) => new URL(r.url).pathname),
  );
  expect(kept.some((path) => path.includes('000000000000'))).toBe(false);
});

test('a damaged archive is named, and the atlas works without it', async ({ page }) => {
  await page.route('**/tiles/*.pmtiles', (route) =>
    route.fulfill({ status: 206, body: Buffer.alloc(16384, 0x41) }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Part of the basemap could not be read');
  await page.getByRole('button', { name: /^Šiauliai Air Base/ }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
});

// Both are read in MapLibre's worker, which has no interface language: the page words the failure.
test('an archive the server refuses is named in the language on screen', async ({ page }) => {
  await page.route('**/tiles/*.pmtiles', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/#lang=lv');
  await expect(page.getByRole('alert')).toContainText('pamatkartes arhīvs atbildēja ar 503');
});

test('a country file the server refuses is named in the language on screen', async ({ page }) => {
  await page.route('**/generated/basemap/countries*.topojson', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.goto('/#lang=lt');
  await expect(page.getByRole('alert')).toContainText(
    /\/generated\/basemap\/countries-overview\.topojson atsakė kodu 404/,
  );
});

test('a country file that is not the topology is named, and the places still work', async ({
  page,
}) => {
  await page.route('**/generated/basemap/countries*.topojson', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"type": "FeatureCollection"}' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The countries could not be read');
  await expect(page.getByRole('alert')).toContainText(
    'countries-overview.topojson is not the basemap',
  );
  await page.getByRole('button', { name: /^Šiauliai Air Base/ }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
});
