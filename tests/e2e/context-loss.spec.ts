/** A lost WebGL context: the map comes back as it was. */
import type { Page } from '@playwright/test';
import { canvasColourCount, details, expect, test, waitForMapIdle } from './fixtures.ts';

test.describe('a lost WebGL context', () => {
  test('the map draws again with the same selection, layers and year', async ({ page }) => {
    const hash =
      '#map=7/55.89/23.39&layers=members,air-policing,efp&sel=siauliai-air-base&year=2010';
    await page.goto(`/${hash}`);
    await waitForMapIdle(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    const before = await canvas.screenshot();
    const coloursBefore = await canvasColourCount(page);
    expect(coloursBefore).toBeGreaterThan(8);

    // WEBGL_lose_context simulates what a GPU reset does to the page.
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
      const extension = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { restoreGpu: () => void }).restoreGpu = () =>
        extension.restoreContext();
      extension.loseContext();
    });
    await expect(page.getByRole('alert')).toContainText('lost its graphics context');
    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'false');
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as unknown as { restoreGpu: () => void }).restoreGpu());

    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The same picture as before, selection halo included, once the tiles are drawn again.
    await expect
      .poll(async () => differingPixelShare(page, before, await canvas.screenshot()), {
        timeout: 20_000,
      })
      .toBeLessThan(0.0005);
    expect(await canvasColourCount(page)).toBeGreaterThan(coloursBefore * 0.9);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    expect(new URL(page.url()).hash).toBe(hash);
  });
});

/** The share of pixels that differ between two screenshots of the same size. */
async function differingPixelShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [pa, pb] = [await pixels(a), await pixels(b)];
      if (pa.length !== pb.length) return 1;
      let differing = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2]) differing++;
      }
      return differing / (pa.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}
