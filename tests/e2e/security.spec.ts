/** The explorer under its strict Content-Security-Policy. */
import { canvasColourCount, details, expect, test, waitForMapIdle } from './fixtures.ts';

test.describe('Content-Security-Policy', () => {
  test('the built page declares a strict policy', async ({ page }) => {
    await page.goto('/');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // No inline script or style for the policy to block.
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('style').count()).toBe(0);
  });

  test('any page may frame the atlas, by a header policy that allows nothing else', async ({
    page,
  }) => {
    const response = (await page.goto('/'))!;
    const headers = response.headers();
    // frame-ancestors only works from a header; that header's policy names nothing but framing,
    // so the page's own policy (above) is all that governs what the page may load.
    expect(headers['content-security-policy']).toBe('frame-ancestors *');
    expect(headers['x-frame-options']).toBeUndefined();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).not.toContain('frame-ancestors');
  });

  test('the map, the details and the document reader all work under it', async ({ page }) => {
    await page.goto('/#map=7/55.89/23.39&sel=siauliai-air-base');
    await waitForMapIdle(page);
    expect(await canvasColourCount(page)).toBeGreaterThan(8);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Šiauliai Air Base');
    await details(page)
      .getByRole('button', { name: 'Open the source at this passage' })
      .first()
      .click();
    const reader = page.getByRole('region', { name: 'Document' });
    await expect(reader.locator('mark.current')).toBeVisible();
    // The fixture fails the test on any violation the console reported along the way.
  });
});
