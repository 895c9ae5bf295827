/**
 * The page every browser test uses: it fails the test on any request that leaves the page's own
 * origin, on any uncaught page error and on anything the Content-Security-Policy blocked, so no
 * test can pass while the app reaches the network or needs what the policy forbids.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';

// Playwright reads a fixture's dependencies from its destructuring, so `{}` is how it says "none".
/* eslint-disable no-empty-pattern */
export const test = base.extend<{
  /**
   * Origins besides the app's that a test may request, each named by the spec that serves it
   * (the embed spec's host page); none by default.
   */
  allowedOrigins: string[];
  offOrigin: string[];
  pageErrors: string[];
  cspViolations: string[];
}>({
  allowedOrigins: [[], { option: true }],
  offOrigin: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  cspViolations: async ({}, use) => use([]),
  /* eslint-enable no-empty-pattern */
  page: async ({ page, baseURL, allowedOrigins, offOrigin, pageErrors, cspViolations }, use) => {
    const allowed = new Set([new URL(baseURL!).origin, ...allowedOrigins]);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (!allowed.has(new URL(url).origin)) offOrigin.push(url);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Chromium reports what the policy refused on the console (also from workers).
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        cspViolations.push(message.text());
      }
    });
    await use(page);
    expect(offOrigin, 'requests beyond the page origin').toEqual([]);
    expect(pageErrors, 'uncaught page errors').toEqual([]);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

/** A phone held upright, with touch: the settings every phone spec runs under. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
};

/** Resolves when MapLibre has drawn everything it has to draw for the first time. */
export async function waitForMapIdle(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0);
}

/**
 * How many pixels of a PNG have each colour (0xRRGGBB), looking at every `step`th pixel. Decoded
 * by the browser under test, so no image library is needed.
 */
export async function pngColours(page: Page, png: Buffer, step = 1): Promise<Map<number, number>> {
  const counts = await page.evaluate(
    async ({ base64, step }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Map<number, number>();
      for (let i = 0; i < pixels.length; i += 4 * step) {
        const colour = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
        colours.set(colour, (colours.get(colour) ?? 0) + 1);
      }
      return [...colours];
    },
    { base64: png.toString('base64'), step },
  );
  return new Map(counts);
}

/** How many distinct colours the map canvas shows, counted from a real screenshot of it. */
export async function canvasColourCount(page: Page): Promise<number> {
  const png = await page.locator('canvas.maplibregl-canvas').screenshot();
  return (await pngColours(page, png, 7)).size;
}

/** The details panel: a selected place's or country's facts. */
export const details = (page: Page | FrameLocator) =>
  page.getByRole('complementary', { name: 'Details' });

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What axe-core finds against WCAG 2.1 AA on the page as it stands, one line per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Waits until the service worker, which makes the app work offline, controls the page. */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(async () => {
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload();
      throw new Error('the service worker does not control the page yet');
    }
  }).toPass({ timeout: 30_000 });
}
