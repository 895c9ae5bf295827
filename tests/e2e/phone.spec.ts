/** On a phone with touch: the bottom sheet, thumb-sized controls, and axe on the small screen. */
import { axeViolations, details, expect, test, waitForMapIdle, PHONE } from './fixtures.ts';
import { centredOn } from './places.ts';

test.describe('on a phone', () => {
  test.use(PHONE);

  test('tapping a base opens its details in a sheet that drags between heights', async ({
    page,
  }) => {
    // Reduced motion: the sheet jumps between heights, so the handle is where the test reads it.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(centredOn('siauliai-air-base'));
    await waitForMapIdle(page);
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2 + 10, box.y + box.height / 2 + 6);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    const sheet = page.locator('.sheet');
    await expect(sheet).toHaveAttribute('data-state', 'half');

    const handle = page.getByRole('button', { name: /Resize the details/ });
    const drag = async (dy: number) => {
      const h = (await handle.boundingBox())!;
      const x = h.x + h.width / 2;
      const y = h.y + h.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + dy, { steps: 6 });
      await page.mouse.up();
    };
    await drag(-400);
    await expect(sheet).toHaveAttribute('data-state', 'full');
    await drag(600);
    await expect(sheet).toHaveAttribute('data-state', 'peek');
    await page.getByRole('button', { name: 'Expand details' }).click();
    await expect(sheet).toHaveAttribute('data-state', 'half');
  });

  test('a tap on a base before the facts have arrived names it at once, and opens it once they come', async ({
    page,
  }) => {
    // The fact base comes after the map on a phone: here it is held back until after the tap.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/generated/factbase.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(centredOn('siauliai-air-base'));
    await waitForMapIdle(page);
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2 + 10, box.y + box.height / 2 + 6);
    // Named at once from the map's own points, the facts still on their way...
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    await expect(details(page)).toContainText('Loading the fact base…');
    release();
    // ...then the details themselves.
    await expect(details(page).getByText('Air base in')).toBeVisible();
    await expect(details(page).locator('article.fact').first()).toBeVisible();
  });

  test('nothing scrolls sideways, controls fit a thumb, and a long press selects no text', async ({
    page,
  }) => {
    await page.goto('/#sel=rukla');
    await waitForMapIdle(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const controls = [
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('button', { name: 'Zoom out' }),
      page.getByRole('button', { name: 'Layers & places' }),
      page.getByRole('button', { name: 'Expand details' }),
      page.getByRole('button', { name: 'Collapse details' }),
    ];
    for (const control of controls) {
      const b = (await control.boundingBox())!;
      expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: 'Layers & places' }).click();
    const layerRow = page.locator('label', {
      has: page.getByRole('checkbox', { name: 'Air policing', exact: true }),
    });
    expect((await layerRow.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const userSelect = await page
      .getByRole('region', { name: 'Map', exact: true })
      .evaluate((el) => getComputedStyle(el).userSelect);
    expect(userSelect).toBe('none');
  });

  test('axe finds no WCAG 2.1 AA violation, with and without a selection', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/#sel=amari-air-base');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Ämari Air Base');
    expect(await axeViolations(page)).toEqual([]);
  });
});
