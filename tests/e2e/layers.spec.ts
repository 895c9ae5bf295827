import type { Page } from '@playwright/test';
import { details, expect, test, waitForMapIdle } from './fixtures.ts';
import { centredOn, place } from './places.ts';

async function clickMapCentre(page: Page, offset = { x: 0, y: 0 }): Promise<void> {
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2 + offset.x, box.y + box.height / 2 + offset.y);
}

test('a pointer resting on a base shows it can be clicked, and leaving it clears that', async ({
  page,
}) => {
  await page.goto(centredOn('siauliai-air-base', 6));
  await waitForMapIdle(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
  const canvas = page.locator('canvas.maplibregl-canvas');
  const cursor = () => canvas.evaluate((element) => (element as HTMLElement).style.cursor);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(cursor).toBe('pointer');
  // Over the Baltic Sea west of Palanga (20.3° E on the base's parallel), far from every place.
  const west = ((place('siauliai-air-base').lng - 20.3) * 512 * 2 ** 6) / 360;
  await page.mouse.move(box.x + box.width / 2 - west, box.y + box.height / 2, { steps: 4 });
  await expect.poll(cursor).toBe('');
});

test('clicking Šiauliai shows its facts with quotes, and the source opens at the passage', async ({
  page,
}) => {
  await page.goto(centredOn('siauliai-air-base'));
  await waitForMapIdle(page);
  // A thumb's width off the symbol still hits it.
  await clickMapCentre(page, { x: 14, y: 10 });
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
  await expect(page).toHaveURL(/sel=siauliai-air-base/);
  const firstFact = details(page).locator('article.fact').first();
  await expect(firstFact.locator('blockquote')).toContainText('29 March 2004');
  await expect(firstFact).toContainText(
    'Ministry of National Defence of the Republic of Lithuania',
  );
  const quote = (await firstFact.locator('blockquote').first().textContent())!.trim();

  await firstFact.getByRole('button', { name: 'Open the source at this passage' }).first().click();
  const reader = page.getByRole('region', { name: 'Document' });
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Active and reliable ally');
  const current = reader.locator('mark.current');
  await expect(current).toHaveText(quote);
  await expect(current).toBeInViewport();
  await expect(page).toHaveURL(/doc=lt-active-reliable-ally/);
});

test('clicking Latvia shows its membership, roles and facts by date', async ({ page }) => {
  await page.goto('/#map=6.5/56.85/26.2');
  await waitForMapIdle(page);
  await clickMapCentre(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await expect(details(page)).toContainText('NATO member since 29 March 2004');
  await expect(details(page).getByRole('heading', { name: 'Roles' })).toBeVisible();
  await expect(details(page)).toContainText('Hosts the eFP battlegroup at Ādaži');
  await expect(details(page)).toContainText('Hosts air policing at Lielvārde Air Base');
  // The fact cards follow the heading by a frame; the panel is busy until they are there.
  await expect(details(page)).toHaveAttribute('aria-busy', 'false');
  const dates = await details(page)
    .locator('article.fact time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(5);
  expect([...dates].sort()).toEqual(dates);
});

test('clicking Berlin shows the attaché and the countries it covers', async ({ page }) => {
  await page.goto(centredOn('berlin'));
  await waitForMapIdle(page);
  await clickMapCentre(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Berlin');
  await expect(details(page)).toContainText(
    'One defence attaché accredited to Germany, Austria, France',
  );
  await expect(details(page).locator('blockquote').first()).toContainText('resident in Berlin');
  // The covered countries are links that select them.
  await details(page).getByRole('button', { name: 'Austria', exact: true }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Austria');
  await expect(details(page)).toContainText('Not a NATO member');
  await expect(details(page)).toContainText(
    "Covered by Latvia's defence attaché resident in Berlin",
  );
});

test('clicking Rukla shows the battlegroup, its lead and contributing nations', async ({
  page,
}) => {
  await page.goto(centredOn('rukla', 8));
  await waitForMapIdle(page);
  await clickMapCentre(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  await expect(details(page)).toContainText('eFP battlegroup hosted by Lithuania');
  await expect(details(page)).toContainText('Led by Germany');
  await expect(details(page)).toContainText('Netherlands, Norway, Belgium, Croatia, Iceland');
  await expect(details(page).locator('article.fact blockquote').first()).toBeVisible();
});

test('the layer list toggles layers, names them and counts their features', async ({ page }) => {
  await page.goto(centredOn('siauliai-air-base'));
  await waitForMapIdle(page);
  const expected: [string, string][] = [
    ['Member states', '32'],
    ['Attaché residences', '7'],
    ['Air policing', '3'],
    ['eFP battlegroups', '4'],
  ];
  for (const [name, count] of expected) {
    const box = page.getByRole('checkbox', { name, exact: true });
    await expect(box).toBeChecked();
    await expect(page.locator('label', { has: box })).toContainText(count);
  }
  await page.getByRole('checkbox', { name: 'Air policing', exact: true }).uncheck();
  await expect(page).toHaveURL(/layers=members,attaches,efp,operations,summits/);
  // With air policing hidden, the same click lands on the country under the base.
  await clickMapCentre(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Lithuania');
  await page.getByRole('checkbox', { name: 'Air policing', exact: true }).check();
  await expect(page).not.toHaveURL(/layers=/);
});

test('a link reopens a selection, and Back and Forward step through selections', async ({
  page,
}) => {
  await page.goto('/#sel=rukla');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  await details(page).getByRole('button', { name: 'Lithuania', exact: true }).first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Lithuania');
  // The address bar follows a frame after the panel (the click's paint comes first).
  await expect(page).toHaveURL(/#sel=LTU$/);
  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  await page.goForward();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Lithuania');
});

test('a click on open sea clears the selection', async ({ page }) => {
  await page.goto('/#map=7/56.2/19.6&sel=LVA');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Latvia');
  await waitForMapIdle(page);
  await clickMapCentre(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Details');
  await expect(page).not.toHaveURL(/sel=/);
});

test('a name in a document leads back to its place on the map', async ({ page }) => {
  await page.goto('/#doc=lv-international-cooperation');
  const reader = page.getByRole('region', { name: 'Document' });
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(
    'International and regional cooperation',
  );
  await expect(reader.locator('mark').first()).toBeVisible();
  await reader.getByRole('button', { name: 'Stockholm' }).first().click();
  await expect(reader).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Stockholm');
  await expect(page).toHaveURL(/sel=stockholm/);
});
