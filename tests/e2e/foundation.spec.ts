import { canvasColourCount, expect, test, waitForMapIdle } from './fixtures.ts';
import { centredOn } from './places.ts';

test('the explorer opens and draws the basemap', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltic Defence Atlas');
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await waitForMapIdle(page);
  // Sea, land, borders, coastlines and labels: a blank or failed canvas is one flat colour.
  expect(await canvasColourCount(page)).toBeGreaterThan(8);
});

test('the page uses the self-hosted font, which has the Baltic letters', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const ready = await page.evaluate(() =>
    document.fonts.check('16px "Noto Sans"', 'āēīūļņšžėąęįųäõöü ĀĒĪŪĻŅŠŽĖĄĘĮŲÄÕÖÜ'),
  );
  expect(ready).toBe(true);
});

test("map labels are drawn from the app's own glyph files, Baltic letters included", async ({
  page,
}) => {
  const glyphs = new Map<string, number>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/glyphs/')) glyphs.set(path, response.status());
  });
  // At this view the map labels Šiauliai Air Base.
  await page.goto(centredOn('siauliai-air-base'));
  await waitForMapIdle(page);
  expect(Object.fromEntries(glyphs)).toEqual({
    '/glyphs/noto-sans-regular/0-255.pbf': 200,
    // Š and ā: a missing range would be drawn from a local font instead, unasked.
    '/glyphs/noto-sans-regular/256-511.pbf': 200,
  });
});

test('a link with #map=zoom/lat/lng opens that view', async ({ page }) => {
  await page.goto('/#map=7/55.89/23.39');
  await waitForMapIdle(page);
  await expect(page).toHaveURL(/#map=7\/55\.89\/23\.39$/);
  // At zoom 7 over Lithuania the scale bar reads tens of kilometres, not hundreds.
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^(20|30|50)\s*km$/);
});

test('panning the map writes the new view into the hash', async ({ page }) => {
  await page.goto('/#map=6/56/24');
  await waitForMapIdle(page);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 200, y + 120, { steps: 8 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(/#map=6\/56\/24$/);
  const [, zoom, lat, lng] = /#map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(page.url())!.map(Number);
  expect(zoom).toBe(6);
  expect(lat).toBeGreaterThan(56);
  expect(lng).toBeGreaterThan(24);
});

test('zoom and compass, scale bar and an attribution naming the sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset bearing to north' })).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  await expect(attribution).toContainText('Natural Earth');
  await expect(attribution).toContainText('Latvian Ministry of Defence');
  await expect(attribution).toContainText('Lithuanian Ministry of National Defence');
  await expect(attribution).toContainText('U.S. Department of State');
});

// Issue 7: search, the layer exports and the document reader are chunks of their own, fetched on
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

// Issue 7: what only a selection or a heading needs waits until the map is drawn. The lines to
// linked countries come with the first place that has them; the semibold face after the map.
test('the first load waits for neither the links nor the semibold face', async ({ page }) => {
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
  expect(beforeIdle).toContain('/generated/basemap/basemap.lite.geojson');
  expect(beforeIdle).not.toContain('/generated/links.geojson');
  expect(beforeIdle).not.toContain('/fonts/noto-sans-latin-600.woff2');
  // A base has no lines: selecting it fetches none.
  await page.goto(`${centredOn('siauliai-air-base')}&sel=siauliai-air-base`);
  await expect(page.getByRole('heading', { name: 'Šiauliai Air Base' })).toBeVisible();
  await waitForMapIdle(page);
  expect(requested()).not.toContain('/generated/links.geojson');
  // Rukla's battlegroup has contributing nations: its lines are fetched when it is selected.
  await page.goto(`${centredOn('rukla')}&sel=rukla`);
  await expect(page.getByRole('heading', { name: /Rukla/ })).toBeVisible();
  await expect.poll(requested).toContain('/generated/links.geojson');
  // The headings' semibold face arrives soon after the map.
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('600 16px "Noto Sans"')))
    .toBe(true);
  expect(requested()).toContain('/fonts/noto-sans-latin-600.woff2');
});
