/** About the atlas and its method, opened from the header; and the first hint on a phone. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations, details, expect, test, waitForMapIdle, PHONE } from './fixtures.ts';
import { centredOn } from './places.ts';

interface FactBase {
  references: Record<string, string>;
  documents: { id: string; title: string; publisher: string }[];
}
const factBase = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../dist/generated/factbase.json', import.meta.url)),
    'utf8',
  ),
) as FactBase;

test('About opens from the header by keyboard, names the sources and licences, Escape returns', async ({
  page,
}) => {
  await page.goto('/#sel=LVA');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  const about = page.getByRole('banner').getByRole('button', { name: 'About' });
  for (let i = 0; i < 6 && !(await about.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(about).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'About the Baltic Defence Atlas' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const doc of factBase.documents) {
    await expect(dialog).toContainText(doc.title);
    await expect(dialog).toContainText(doc.publisher);
  }
  await expect(dialog).toContainText('English and Latvian');
  await expect(dialog).toContainText('SHA-256');
  // Each data file's reference, with the documents it names by id called by their titles.
  for (const reference of Object.values(factBase.references)) {
    const named = factBase.documents.reduce(
      (text, doc) => text.replaceAll(doc.id, `“${doc.title}”`),
      reference,
    );
    await expect(dialog).toContainText(named);
  }
  for (const licence of [
    'GNU Lesser General Public License',
    'Creative Commons Attribution 4.0',
    'public domain',
    'SIL Open Font License 1.1',
    'BSD-3-Clause',
  ]) {
    await expect(dialog).toContainText(licence);
  }
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(about).toBeFocused();
  // The Escape closed the dialog only, not the details behind it.
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await expect(page.getByText('Tap a place on the map')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the first view says what to do, until the first tap on a place', async ({ page }) => {
    await page.goto(centredOn('siauliai-air-base'));
    await waitForMapIdle(page);
    const hint = page.getByText('Tap a place on the map, or search');
    await expect(hint).toBeVisible();
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2 + 10, box.y + box.height / 2 + 6);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    await expect(hint).toHaveCount(0);
    // Closing the details does not bring it back.
    await page.keyboard.press('Escape');
    await expect(details(page)).toHaveCount(0);
    await expect(hint).toHaveCount(0);
  });

  test('the hint goes once a search is typed', async ({ page }) => {
    await page.goto('/');
    const hint = page.getByText('Tap a place on the map, or search');
    await expect(hint).toBeVisible();
    await page.getByRole('combobox', { name: /Search/ }).fill('Riga');
    await expect(hint).toHaveCount(0);
  });
});
