/**
 * The embed layout (`embed=1`) as another site's article frames it: the map fills the frame, with
 * a compact key and a link to the same view in the full atlas, and a click shows a place's
 * details in a small panel; at the sizes articles use, in light and dark.
 */
import type { BrowserContext, Frame, FrameLocator, Page } from '@playwright/test';
import { EMBED_SIZE, embedCode } from '../../src/export/embed-code.ts';
import { axeViolations, details, expect, test, waitForMapIdle } from './fixtures.ts';
import { centredOn } from './places.ts';

/** The article's site: its one page is the test's own, served by page.route below. */
const HOST = 'https://embed-host.test';

// The host page is the only origin beside the app's that these tests reach, and it never leaves
// the browser (page.route answers it).
test.use({ allowedOrigins: [HOST] });

const SIAULIAI = `${centredOn('siauliai-air-base')}&embed=1`;

interface Embedded {
  /** The app inside the iframe, for waiting on it and reading its address. */
  frame: Frame;
  /** The same, for locators. */
  inFrame: FrameLocator;
}

/** Opens an article on HOST that frames `link` (a path and hash of the app) with the embed code. */
async function embedIn(
  page: Page,
  context: BrowserContext,
  baseURL: string,
  link: string,
  size: { width: number; height: number } = EMBED_SIZE,
): Promise<Embedded> {
  // Chromium asks before a public page frames a loopback address, as the test server is; a real
  // article and atlas are both public, so the test grants what the reader would be asked.
  await context.grantPermissions(['local-network-access'], { origin: HOST });
  const src = new URL(link, baseURL).href;
  await page.route(`${HOST}/`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="en">
<title>An article</title>
<h1>An article about the Baltic states</h1>
<p>The map below is the atlas, framed from another origin.</p>
${embedCode(src, 'Baltic Defence Atlas: map of NATO and the Baltic states', size)}
</html>`,
    }),
  );
  await page.goto(`${HOST}/`);
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  if (!frame) throw new Error('the article has no frame');
  await waitForMapIdle(frame);
  return { frame, inFrame: page.frameLocator('iframe') };
}

test('a page of another origin frames the map, its key and a link to the full atlas', async ({
  page,
  context,
  baseURL,
}) => {
  const { frame, inFrame } = await embedIn(page, context, baseURL!, SIAULIAI);
  const iframe = (await page.locator('iframe').boundingBox())!;
  const canvas = (await inFrame.locator('canvas.maplibregl-canvas').boundingBox())!;
  // The map fills the frame: no header, no lists, no timeline.
  expect(canvas).toEqual(iframe);
  await expect(inFrame.getByRole('combobox')).toHaveCount(0);
  await expect(inFrame.getByRole('slider', { name: 'Year' })).toHaveCount(0);
  await expect(inFrame.getByRole('button', { name: 'Layers & places' })).toHaveCount(0);

  await expect(
    inFrame.getByRole('list', { name: 'Member states' }).getByRole('listitem'),
  ).toHaveText([/Joined 1949/, /1952/, /1999/, /2004/, /2009/, /2023/, /Partner/, /Baltic states/]);
  await expect(inFrame.getByRole('list', { name: 'Places' })).toContainText('Air policing');
  await expect(inFrame.getByRole('list', { name: 'Places' })).toContainText('eFP battlegroups');

  const link = inFrame.getByRole('link', { name: /^Open in the full atlas/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  // The address the frame settled on (the view as the atlas writes it), without the flag.
  await expect.poll(() => frame.url()).toMatch(/#map=7\/55\.894\/23\.395&embed=1$/);
  const href = await link.getAttribute('href');
  expect(href).toBe(frame.url().replace('&embed=1', ''));
  expect(href).not.toContain('embed');

  const [fullAtlas] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(fullAtlas.getByRole('combobox', { name: /Search/ })).toBeVisible();
  expect(fullAtlas.url()).toBe(href);
});

test('a click on a base shows its details in the small panel, and the link keeps embed=1', async ({
  page,
  context,
  baseURL,
}) => {
  const { frame, inFrame } = await embedIn(page, context, baseURL!, SIAULIAI);
  const entries = await page.evaluate(() => history.length);
  const canvas = (await inFrame.locator('canvas.maplibregl-canvas').boundingBox())!;
  // A thumb's width off the symbol still hits it (as in layers.spec.ts).
  await page.mouse.click(canvas.x + canvas.width / 2 + 14, canvas.y + canvas.height / 2 + 10);

  await expect(details(inFrame).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
  await expect(details(inFrame)).toContainText('Facts from the documents');
  // The panel is beside the map, inside the frame; the map keeps the rest of it.
  const iframe = (await page.locator('iframe').boundingBox())!;
  const panel = (await details(inFrame).boundingBox())!;
  const map = (await inFrame.locator('canvas.maplibregl-canvas').boundingBox())!;
  expect(panel.x + panel.width).toBeLessThanOrEqual(iframe.x + iframe.width + 1);
  expect(map.width).toBeGreaterThan(iframe.width / 2);

  await expect.poll(() => frame.url()).toMatch(/&sel=siauliai-air-base&embed=1$/);
  await expect(inFrame.getByRole('link', { name: /^Open in the full atlas/ })).toHaveAttribute(
    'href',
    frame.url().replace('&embed=1', ''),
  );
  // The frame replaced its history entry: the article's Back button still leaves the article.
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await inFrame.getByRole('button', { name: 'Close the details' }).click();
  await expect(details(inFrame)).toBeHidden();
  await expect.poll(() => frame.url()).toMatch(/#map=[\d./]+&embed=1$/);
});

test('a hand-edited embed=yes is ignored and reported, and the full atlas opens', async ({
  page,
}) => {
  await page.goto('/#sel=LVA&embed=yes');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await expect(page.getByRole('combobox', { name: /Search/ })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  await expect(notice).toContainText('embed: "yes"');
  await expect(page).toHaveURL(/#sel=LVA$/);
});

for (const size of [
  { width: 600, height: 450 },
  { width: 360, height: 480 },
  { width: 900, height: 500 },
]) {
  test(`at ${size.width}×${size.height} the map, the link and the details all fit the frame`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`${centredOn('siauliai-air-base')}&sel=siauliai-air-base&embed=1`);
    await waitForMapIdle(page);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    const inView = async (name: RegExp) => {
      const box = (await page.getByRole('link', { name }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    };
    await inView(/^Open in the full atlas/);
    const heading = (await details(page).getByRole('heading', { level: 2 }).boundingBox())!;
    expect(heading.x + heading.width).toBeLessThanOrEqual(size.width);
    expect(heading.y + heading.height).toBeLessThanOrEqual(size.height);
    const map = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    expect((map.width * map.height) / (size.width * size.height)).toBeGreaterThanOrEqual(0.45);
    const overflows = await page.evaluate(
      () =>
        document.documentElement.scrollWidth > document.documentElement.clientWidth ||
        document.documentElement.scrollHeight > document.documentElement.clientHeight,
    );
    expect(overflows).toBe(false);
  });
}

test('the embed with a place selected passes axe’s WCAG 2.1 AA checks, light and dark', async ({
  page,
}) => {
  await page.setViewportSize(EMBED_SIZE);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${centredOn('siauliai-air-base')}&sel=siauliai-air-base&embed=1`);
  await waitForMapIdle(page);
  await expect(details(page)).toHaveAttribute('aria-busy', 'false');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});
