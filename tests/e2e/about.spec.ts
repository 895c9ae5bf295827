/** About the atlas and its method, opened from the header. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations, details, expect, test } from './fixtures.ts';

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
});
