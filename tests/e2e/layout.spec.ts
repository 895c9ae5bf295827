/**
 * Tablets and phones held sideways: between the phone layout and the wide one the lists move into
 * a drawer, so the map is never squeezed out by the side columns.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';

const SIZES = [
  { width: 320, height: 640 },
  { width: 640, height: 900 },
  { width: 700, height: 900 },
  { width: 768, height: 1024 },
  { width: 844, height: 390 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

/** The share of the viewport the map's canvas covers, less what a phone's sheet covers of it. */
async function mapShare(page: Page): Promise<number> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('no map canvas or no viewport');
  const sheet = page.locator('.sheet');
  const sheetTop = (await sheet.count()) > 0 ? (await sheet.boundingBox())?.y : undefined;
  const bottom = Math.min(box.y + box.height, sheetTop ?? Infinity, viewport.height);
  return (
    (box.width * Math.max(0, bottom - Math.max(box.y, 0))) / (viewport.width * viewport.height)
  );
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the map covers half the screen beside the details`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/#sel=siauliai-air-base');
    await waitForMapIdle(page);
    await expect(
      page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
    ).toHaveText('Šiauliai Air Base');
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.5);
    const scrollsSideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(scrollsSideways).toBe(false);
  });
}

test('on a tablet the layer list is a drawer that opens over the map and closes with Escape', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  await waitForMapIdle(page);
  const layers = page.getByRole('group', { name: 'Layers' });
  await expect(layers).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Layers & places' });
  await toggle.click();
  await expect(layers).toBeVisible();
  await layers.getByRole('checkbox', { name: 'Air policing' }).uncheck();
  await expect(page).toHaveURL(/layers=/);
  await page.keyboard.press('Escape');
  await expect(layers).toBeHidden();
  await expect(toggle).toBeFocused();
});
