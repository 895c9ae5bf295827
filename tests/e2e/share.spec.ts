/** Copied links and citations, and the layer and map exports. */
import { readFile } from 'node:fs/promises';
import { details, expect, pngColours, test, waitForMapIdle } from './fixtures.ts';
import { parseCsv } from '../csv.ts';
import type { Page } from '@playwright/test';
import { DARK, LIGHT } from '../../src/map/theme.ts';

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

  test('Screen view ×2 downloads the map at twice its size, with a title and legend around it', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await expect(page.getByRole('combobox', { name: 'Image size' })).toHaveValue('screen');
    const { name, png, width, height } = await downloadMapImage(page);
    expect(name).toMatch(/^baltic-defence-atlas-map-\d{4}\.png$/);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    expect(width).toBe(Math.round(canvas.width) * 2);
    // Taller than the map at 2x: the title above it and the legend and sources below.
    expect(height).toBeGreaterThan(Math.round(canvas.height) * 2 + TITLE_HEIGHT);
    // The sea is in the picture, not the page's white: the map canvas is transparent there.
    const seaPixels = (await pngColours(page, png, 3)).get(parseInt(LIGHT.sea.slice(1), 16)) ?? 0;
    expect(seaPixels / ((width * height) / 3)).toBeGreaterThan(0.05);
    await expect(
      page.getByText(`Map image downloaded (${width} × ${height} pixels)`),
    ).toBeVisible();
    // The hidden map it was drawn from is gone: only the visible map's canvas is left.
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
    // Its text was written in the self-hosted font (which has the Baltic letters), both weights.
    const faces = await page.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.family.replaceAll('"', '') === 'Atlas Image Sans')
        .map((face) => `${face.weight} ${face.status}`)
        .sort(),
    );
    expect(faces).toEqual(['400 loaded', '600 loaded']);
  });

  test('A4 landscape at 300 dpi downloads as 3508 × 2480 pixels', async ({ page }) => {
    await page.goto('/#sel=siauliai-air-base');
    await waitForMapIdle(page);
    await page.getByRole('combobox', { name: 'Image size' }).selectOption('A4 landscape, 300 dpi');
    const { name, width, height } = await downloadMapImage(page);
    expect(name).toMatch(/^baltic-defence-atlas-map-\d{4}-a4\.png$/);
    expect([width, height]).toEqual([3508, 2480]);
  });

  test('in the dark scheme the picture is dark around a dark sea', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await waitForMapIdle(page);
    const { png, width, height } = await downloadMapImage(page);
    const colours = await pngColours(page, png, 3);
    const share = (hex: string) =>
      (colours.get(parseInt(hex.slice(1), 16)) ?? 0) / ((width * height) / 3);
    expect(share(DARK.paper.background)).toBeGreaterThan(0.05);
    expect(share(DARK.sea)).toBeGreaterThan(0.05);
    expect(share(LIGHT.paper.background)).toBe(0);
    expect(share(LIGHT.sea)).toBe(0);
  });

  test('no label is cut at the edge of the picture', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    // Rīga, whose name is always drawn, exactly on the left edge of the view at zoom 8.
    const zoom = 8;
    const lng = RIGA.lng + (canvas.width / 2 / (512 * 2 ** zoom)) * 360;
    await page.goto(`/#map=${zoom}/${RIGA.lat}/${lng.toFixed(5)}`);
    await page.reload();
    await waitForMapIdle(page);
    const { png } = await downloadMapImage(page);
    const map = { top: TITLE_HEIGHT, height: Math.round(canvas.height) * 2 };
    // A label's halo is the only pure white on the light map: none may touch the picture's edge.
    const halo = await edgePixels(page, png, map, LIGHT.labelHalo);
    expect(halo.inside, 'labels are drawn inside the picture').toBeGreaterThan(1000);
    expect(halo.edge, 'halo pixels on the edge of the map').toBe(0);
  });

  test('when the picture cannot be drawn, Share says why and the map keeps working', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    // The browser refuses any further WebGL context, as it does when too many are open.
    await page.evaluate(() => {
      const visible = document.querySelector('canvas.maplibregl-canvas');
      const getContext = HTMLCanvasElement.prototype.getContext;
      const w = window as unknown as { restoreContexts: () => void };
      w.restoreContexts = () => (HTMLCanvasElement.prototype.getContext = getContext);
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.startsWith('webgl') && this !== visible) return null;
        return (getContext as (...args: unknown[]) => RenderingContext | null).call(
          this,
          type,
          ...rest,
        );
      } as typeof getContext;
    });
    await page.getByRole('button', { name: 'Download map as PNG' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The map image failed' }),
    ).toContainText('could not create a WebGL context');
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Download map as PNG' })).toBeEnabled();

    // The visible map and the panels go on as before.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/map=5\.2\//);
    await page.getByRole('checkbox', { name: 'Summits and NATO institutions' }).uncheck();
    await expect(page).toHaveURL(/layers=members,attaches,air-policing,efp,operations(&|$)/);

    // Once the browser gives contexts again, the next export works.
    await page.evaluate(() =>
      (window as unknown as { restoreContexts: () => void }).restoreContexts(),
    );
    const { width } = await downloadMapImage(page);
    expect(width).toBeGreaterThan(0);
  });
});

const RIGA = { lat: 56.9496, lng: 24.1052 };

/** The title band above the map in a "Screen view ×2" image: 56 CSS pixels at 2x. */
const TITLE_HEIGHT = 112;

/** Clicks "Download map as PNG" and reads the downloaded file's name, bytes and size. */
async function downloadMapImage(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download map as PNG' }).click(),
  ]);
  const png = await readFile((await download.path())!);
  // A PNG's IHDR chunk holds the width and height right after the signature.
  return {
    name: download.suggestedFilename(),
    png,
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
  };
}

/**
 * Pixels within a few of `colour` in the map's part of the image: on its outermost two pixel
 * columns and rows, and anywhere inside.
 */
async function edgePixels(
  page: Page,
  png: Buffer,
  map: { top: number; height: number },
  colour: string,
): Promise<{ edge: number; inside: number }> {
  return page.evaluate(
    async ({ base64, map, colour }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width } = context.getImageData(0, map.top, image.width, map.height);
      const target = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      const band = 2;
      let edge = 0;
      let inside = 0;
      for (let y = 0; y < map.height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (target.some((c, k) => Math.abs(data[i + k]! - c) > 6)) continue;
          const onEdge = x < band || x >= width - band || y < band || y >= map.height - band;
          if (onEdge) edge++;
          else inside++;
        }
      }
      return { edge, inside };
    },
    { base64: png.toString('base64'), map, colour },
  );
}
