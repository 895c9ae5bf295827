/**
 * A browser that can't draw the map (no WebGL at all) still gets the whole explorer
 * except the map: a plain message where the map would be, and the layer list, the details and the
 * document reader working as ever.
 */
import { CHROMIUM_ARGS, chromiumPath } from '../../geo/chromium.ts';
import { details, expect, test } from './fixtures.ts';

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

test('without WebGL the map says why, and the rest of the explorer works', async ({ page }) => {
  await page.goto('/#sel=rukla');
  const map = page.getByRole('region', { name: 'Map', exact: true });
  await expect(map.getByRole('alert')).toHaveText(
    "This browser can't draw the map: WebGL 2 is unavailable.",
  );
  expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(0);

  // Details: Rukla's facts, each with its quote (drawn a frame after the heading).
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  const facts = details(page).locator('article[data-fact]');
  await expect(facts.first()).toBeVisible();
  await expect(facts.first().locator('blockquote')).not.toBeEmpty();

  // The layer list still toggles layers (into the hash, ready for when a map can draw them).
  await page.getByRole('checkbox', { name: 'Summits and NATO institutions' }).uncheck();
  await expect(page).toHaveURL(/layers=members,attaches,air-policing,efp,operations(&|$)/);

  // The document reader opens at the cited passage, and a name in it selects that place.
  await facts.first().getByRole('button', { name: 'Open the source at this passage' }).click();
  const reader = page.getByRole('region', { name: 'Document' });
  await expect(reader.locator('mark.current')).toBeVisible();
  await reader.locator('button[data-entity="rukla"]').first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
});

// Search needs no map: the combobox in the header finds a place by name.
test('without WebGL, searching "Rukla" shows its facts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('WebGL 2 is unavailable');
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('Rukla');
  await page.getByRole('option', { name: /Rukla/ }).first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
  await expect(details(page).locator('article[data-fact] blockquote').first()).not.toBeEmpty();
});
