import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, pngColours, test, waitForMapIdle } from './fixtures.ts';
import { parseCsv } from '../csv.ts';
import { LIGHT } from '../../src/map/theme.ts';

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const search = (page: Page) => page.getByRole('combobox', { name: 'Search' });

test.describe('search', () => {
  for (const [query, heading] of [
    ['Siauliai', 'Šiauliai Air Base'],
    ['Šiauliai', 'Šiauliai Air Base'],
    ['Kiev', 'Kyiv'],
    ['Lielvarde', 'Lielvārde Air Base'],
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

  // The index is fetched on first use (issue 7): what is typed before it arrives is not lost.
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

test('a copied link reopens the same selection, year and layers', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/#layers=members,efp&sel=LVA&year=2010');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const reopened = await context.newPage();
  const errors: string[] = [];
  reopened.on('pageerror', (error) => errors.push(error.message));
  await reopened.goto(link);
  await expect(details(reopened).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await expect(reopened.getByRole('slider', { name: 'Year' })).toHaveValue('2010');
  const layers = reopened.getByRole('group', { name: 'Layers' });
  await expect(layers.getByRole('checkbox', { name: 'Member states' })).toBeChecked();
  await expect(layers.getByRole('checkbox', { name: 'eFP battlegroups' })).toBeChecked();
  await expect(layers.getByRole('checkbox', { name: 'Air policing' })).not.toBeChecked();
  await expect(reopened).toHaveURL(link);
  expect(errors).toEqual([]);
});

test('Copy citation copies the statement, quote, source and a link to the fact', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/#sel=siauliai-air-base');
  const card = details(page).locator('article').first();
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await expect(card.getByRole('status')).toHaveText('Citation copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const statement = (await card.locator('.statement').textContent())!;
  expect(text.startsWith(statement)).toBe(true);
  expect(text).toMatch(/“.+”/);
  expect(text).toContain('Ministry of National Defence of the Republic of Lithuania');
  expect(text).toMatch(/#sel=siauliai-air-base&doc=[a-z-]+&fact=[a-z0-9-]+$/);
});

test.describe('exports', () => {
  test('a layer downloads as GeoJSON and as CSV, with citations', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('combobox', { name: 'Layer data' })
      .selectOption({ label: 'eFP battlegroups' });
    const [geojsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download GeoJSON' }).click(),
    ]);
    expect(geojsonDownload.suggestedFilename()).toBe('baltic-defence-atlas-efp.geojson');
    const geojson = JSON.parse(await readFile((await geojsonDownload.path())!, 'utf8'));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(4);
    const adazi = geojson.features.find((f: { properties: { name: string } }) =>
      f.properties.name.includes('Ādaži'),
    );
    expect(adazi.geometry.type).toBe('Point');
    expect(adazi.properties.citations.length).toBeGreaterThan(0);
    expect(adazi.properties.citations[0]).toMatchObject({
      fact: expect.any(String),
      quote: expect.any(String),
      documentTitle: expect.any(String),
      span: [expect.any(Number), expect.any(Number)],
    });

    await page
      .getByRole('combobox', { name: 'Layer data' })
      .selectOption({ label: 'Member states' });
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('baltic-defence-atlas-members.csv');
    const rows = parseCsv(await readFile((await csvDownload.path())!, 'utf8'));
    const [header, ...members] = rows;
    expect(header).toEqual(expect.arrayContaining(['id', 'name', 'accession', 'wave', 'quotes']));
    expect(members).toHaveLength(32);
    const latvia = members.find((r) => r[0] === 'LVA')!;
    expect(latvia[header!.indexOf('accession')]).toBe('2004-03-29');
    for (const row of members) expect(row).toHaveLength(header!.length);
  });

  test('the map downloads as a PNG with a title and legend around it', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const button = page.getByRole('button', { name: 'Download map as PNG' });
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^baltic-defence-atlas-map-\d{4}\.png$/);
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    expect(width).toBeGreaterThan(0);
    // Taller than the map: the title above it and the legend and sources below.
    expect(height).toBeGreaterThan(Math.round(canvas.height));
    // The sea is in the picture, not the page's white: the map canvas is transparent there.
    const seaPixels = (await pngColours(page, png)).get(parseInt(LIGHT.sea.slice(1), 16)) ?? 0;
    expect(seaPixels / (width * height)).toBeGreaterThan(0.05);
    await expect(page.getByText('Map image downloaded')).toBeVisible();
  });
});
