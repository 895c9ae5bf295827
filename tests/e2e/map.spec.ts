/** The map itself: drawn from the app's own files, with its controls, its view in the link. */
import { canvasColourCount, expect, pngColours, test, waitForMapIdle } from './fixtures.ts';
import { centredOn } from './places.ts';

test('the explorer opens and draws the basemap', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltic Defence Atlas');
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await waitForMapIdle(page);
  // Sea, land, borders, coastlines and labels: a blank or failed canvas is one flat colour.
  expect(await canvasColourCount(page)).toBeGreaterThan(8);
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
  expect(Object.fromEntries(glyphs)).toMatchObject({
    '/glyphs/noto-sans-regular/0-255.pbf': 200,
    // Š and ā: a missing range would be drawn from a local font instead, unasked.
    '/glyphs/noto-sans-regular/256-511.pbf': 200,
  });
  // Whatever else the view's town names need is there too.
  expect([...glyphs.values()].every((status) => status === 200)).toBe(true);
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
  await expect(page.getByRole('button', { name: 'Reset the view' })).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  await expect(attribution).toContainText('Natural Earth');
  await expect(attribution).toContainText('Latvian Ministry of Defence');
  await expect(attribution).toContainText('Lithuanian Ministry of National Defence');
  await expect(attribution).toContainText('U.S. Department of State');
});

test('the map follows the colour scheme when the system switches between light and dark', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await waitForMapIdle(page);
  const map = page.locator('.map-region .map');
  const sea = () => map.evaluate((element) => getComputedStyle(element).backgroundColor);
  const light = await sea();
  const before = await page.locator('canvas.maplibregl-canvas').screenshot();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(sea).not.toBe(light);
  // The land and the member states are drawn in the dark palette too, not only the sea.
  await expect
    .poll(async () => {
      const after = await page.locator('canvas.maplibregl-canvas').screenshot();
      const [a, b] = [await pngColours(page, before, 7), await pngColours(page, after, 7)];
      return [...b.keys()].filter((colour) => !a.has(colour)).length / b.size;
    })
    .toBeGreaterThan(0.5);
});
