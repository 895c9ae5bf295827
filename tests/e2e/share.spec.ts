/** Copied links and citations, and the layer and map exports. */
import { readFile } from 'node:fs/promises';
import { details, expect, pngColours, test, waitForMapIdle } from './fixtures.ts';
import { parseCsv } from '../csv.ts';
import { LIGHT } from '../../src/map/theme.ts';

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

test('Copy embed code copies an iframe of this view in the embed layout, with no script', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/#sel=LVA&year=2010');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  // Read as the page that pastes it would read it: a blank page, not under the atlas's policy.
  const host = await context.newPage();
  const pasted = await host.evaluate((html) => {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    const frame = body.querySelector('iframe');
    return {
      elements: [...body.querySelectorAll('*')].map((e) => e.localName),
      attributes: Object.fromEntries(
        [...(frame?.attributes ?? [])].map((a) => [a.name, a.value] as const),
      ),
    };
  }, code);
  expect(pasted.elements).toEqual(['iframe']);
  expect(pasted.attributes).toMatchObject({
    src: `${page.url()}&embed=1`,
    width: '600',
    height: '450',
    title: 'Baltic Defence Atlas: map of Latvia in 2010',
    loading: 'lazy',
  });
  expect(Object.keys(pasted.attributes).filter((name) => name.startsWith('on'))).toEqual([]);
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
