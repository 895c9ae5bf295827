/** What the first load fetches, and what it leaves until it is needed. */
import { details, expect, PHONE, test, waitForMapIdle } from './fixtures.ts';
import { centredOn } from './places.ts';

// Search, the layer exports and the document reader are chunks of their own, fetched on
// first use; a first load that uses none of them must not pay for them before the map is idle.
test('the first load fetches no code for search, exports or the document reader', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const scripts = await page.evaluate(() => {
    const idle = performance.getEntriesByName('map-idle')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < idle)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\.m?js$/.test(path));
  });
  expect(scripts).toContainEqual(expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/));
  expect(scripts.filter((path) => /\/(search-index|layer-data|DocumentView)-/.test(path))).toEqual(
    [],
  );
});

// What only a selection needs waits until it is made: the lines to linked countries come with
// the first place that has them. The text is in the platform's font: no font file is fetched.
test('the first load fetches neither the links nor a font', async ({ page }) => {
  const sent: { path: string; at: number }[] = [];
  page.on('request', (request) =>
    sent.push({ path: new URL(request.url()).pathname, at: Date.now() }),
  );
  const requested = () => sent.map((request) => request.path);
  await page.goto('/');
  await waitForMapIdle(page);
  const idleAt = await page.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName('map-idle')[0]!.startTime,
  );
  const beforeIdle = sent.filter((request) => request.at <= idleAt).map((r) => r.path);
  expect(beforeIdle).toContain('/generated/basemap/countries-overview.topojson');
  expect(beforeIdle).not.toContain('/generated/links.geojson');
  expect(beforeIdle.filter((path) => path.startsWith('/fonts/'))).toEqual([]);
  // A base has no lines: selecting it fetches none.
  await page.goto(`${centredOn('siauliai-air-base')}&sel=siauliai-air-base`);
  await expect(page.getByRole('heading', { name: 'Šiauliai Air Base' })).toBeVisible();
  await waitForMapIdle(page);
  expect(requested()).not.toContain('/generated/links.geojson');
  // Rukla's battlegroup has contributing nations: its lines are fetched when it is selected.
  await page.goto(`${centredOn('rukla')}&sel=rukla`);
  await expect(page.getByRole('heading', { name: /Rukla/ })).toBeVisible();
  await expect.poll(requested).toContain('/generated/links.geojson');
  expect(requested().filter((path) => path.startsWith('/fonts/'))).toEqual([]);
});

test.describe('on a phone', () => {
  test.use(PHONE);

  // Nothing on a phone's first view is drawn from the fact base: it waits for the map's frame.
  test('the fact base comes after the map is idle, and the search waits for it', async ({
    page,
  }) => {
    const sent: { path: string; at: number }[] = [];
    page.on('request', (request) =>
      sent.push({ path: new URL(request.url()).pathname, at: Date.now() }),
    );
    await page.goto('/');
    await waitForMapIdle(page);
    const idleAt = await page.evaluate(
      () => performance.timeOrigin + performance.getEntriesByName('map-idle')[0]!.startTime,
    );
    const factBase = sent.find((request) => request.path === '/generated/factbase.json');
    expect(factBase?.at ?? Infinity).toBeGreaterThanOrEqual(idleAt);
    await page.getByRole('combobox', { name: 'Search' }).fill('Rukla');
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  });

  test('a link to a place fetches the fact base at once', async ({ page }) => {
    await page.goto('/#sel=rukla');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
    const fetchedBeforeIdle = await page.evaluate(() => {
      const idle = performance.getEntriesByName('map-idle')[0]?.startTime ?? Infinity;
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => e.name.endsWith('/generated/factbase.json'));
      return entry !== undefined && entry.startTime < idle;
    });
    expect(fetchedBeforeIdle).toBe(true);
  });
});
