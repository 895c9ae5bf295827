/**
 * Hostile data and hostile links: shown as text, left out and named, or ignored and reported, and
 * nothing else breaks. Every test also fails on a page error, an off-origin request or a policy
 * violation (fixtures.ts).
 */
import type { Page } from '@playwright/test';
import { canvasColourCount, details, expect, test, waitForMapIdle } from './fixtures.ts';

/** Records every alert, confirm or prompt the page opens (and dismisses it). */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test.describe('hostile data', () => {
  const HOSTILE_STATEMENT = '<img src=x onerror=alert(1)>';
  const HOSTILE_UNIT = '<b onmouseover=alert(2)>troops</b>';
  const RUKLA_FACT = 'efp-lithuania-rukla-2017';

  /** Serves the real fact base with `change` applied to it. */
  async function serveFactBase(page: Page, change: (base: FactBaseJson) => void): Promise<void> {
    await page.route('**/generated/factbase.json', async (route) => {
      const response = await route.fetch();
      const base = (await response.json()) as FactBaseJson;
      change(base);
      await route.fulfill({ response, json: base });
    });
  }

  test('markup in a statement or a figure shows as text, never as HTML', async ({ page }) => {
    const dialogs = recordDialogs(page);
    await serveFactBase(page, (base) => {
      const fact = base.facts.find((f) => f.id === RUKLA_FACT)!;
      fact.statement = HOSTILE_STATEMENT;
      fact.figures![0]!.unit = HOSTILE_UNIT;
    });
    await page.goto('/#sel=rukla');
    const card = details(page).locator(`[data-fact="${RUKLA_FACT}"]`);
    await expect(card.getByText(HOSTILE_STATEMENT, { exact: true })).toBeVisible();
    await expect(card).toContainText(HOSTILE_UNIT);
    // The reader shows the statement too (as a heading line and as a mark's title).
    await card.getByRole('button', { name: 'Open the source at this passage' }).click();
    const reader = page.getByRole('region', { name: 'Document' });
    await expect(reader.getByText(HOSTILE_STATEMENT, { exact: true })).toBeVisible();
    await expect(reader.locator('mark.current')).toHaveAttribute('title', HOSTILE_STATEMENT);
    await waitForMapIdle(page);
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('a fact base that is not JSON gets a clear message and nothing else breaks', async ({
    page,
  }) => {
    await page.route('**/generated/factbase.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"facts": [' }),
    );
    await page.goto('/#sel=rukla');
    await expect(page.getByRole('alert')).toHaveText(
      'The fact base /generated/factbase.json is not valid JSON.',
    );
    await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltic Defence Atlas');
  });

  test('panels code that cannot be fetched is named, and the map keeps working', async ({
    page,
  }) => {
    await page.route(/\/assets\/fact-panels-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/#sel=rukla');
    await expect(page.getByRole('alert')).toContainText('fact-panels-');
    await waitForMapIdle(page);
    await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltic Defence Atlas');
  });

  test('a fact naming an unknown entity is left out and named; the rest is shown', async ({
    page,
  }) => {
    await serveFactBase(page, (base) => {
      base.facts.find((f) => f.id === RUKLA_FACT)!.entities.push('atlantis');
    });
    await page.goto('/#sel=rukla');
    await expect(page.getByRole('alert')).toContainText(`“${RUKLA_FACT}”`);
    await expect(page.getByRole('alert')).toContainText('unknown entity "atlantis"');
    // Rukla and its other facts are still there; only the damaged fact is gone.
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Rukla');
    await expect(details(page).locator(`[data-fact="${RUKLA_FACT}"]`)).toHaveCount(0);
    await expect(details(page).locator('[data-fact]').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  });
});

interface FactBaseJson {
  facts: { id: string; statement: string; entities: string[]; figures?: { unit: string }[] }[];
}

test.describe('hostile links', () => {
  const LONG = 'a'.repeat(5000);
  /** Each link, and whether the explorer should say that part of it was ignored. */
  const HOSTILE_LINKS: { hash: string; ignored: boolean }[] = [
    { hash: '#map=NaN/NaN/NaN', ignored: true },
    { hash: '#map=Infinity/-Infinity/Infinity', ignored: true },
    { hash: '#map=-0/-0/-0', ignored: false },
    { hash: '#map=1e999/0/0', ignored: true },
    { hash: '#map=99999999999999999999/1/1', ignored: true },
    { hash: '#map=7/91/0', ignored: true },
    { hash: '#map=0x10/0/0', ignored: true },
    { hash: '#map=7/55.89/23.39/9', ignored: true },
    { hash: `#sel=${LONG}`, ignored: true },
    { hash: `#map=7/55/23&${LONG}=1`, ignored: true },
    { hash: '#sel=<script>alert(1)</script>', ignored: true },
    { hash: '#sel=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ignored: true },
    { hash: '#sel=javascript:alert(1)', ignored: true },
    { hash: '#doc=javascript%3Aalert(1)', ignored: true },
    { hash: '#__proto__=1&constructor=x&toString=y', ignored: false },
    { hash: '#sel=__proto__', ignored: true },
    { hash: '#sel=constructor', ignored: true },
    { hash: '#sel=%00', ignored: true },
    { hash: '#sel=%E0%A4%A', ignored: true },
    { hash: '#%', ignored: false },
    { hash: '#sel=rukla&sel=atlantis&sel=%FF', ignored: false },
    { hash: '#layers=members,nukes', ignored: true },
    { hash: '#layers=members,members,efp', ignored: false },
    { hash: '#sel=atlantis', ignored: true },
    { hash: '#sel=RUKLA', ignored: true },
    { hash: '#sel=🇱🇻', ignored: true },
    { hash: '#sel=%E2%80%AEalkur', ignored: true },
    { hash: '#year=2010.5', ignored: true },
    { hash: '#year=-2010', ignored: true },
    { hash: '#year=99999', ignored: true },
    { hash: '#doc=../../etc/passwd', ignored: true },
    { hash: '#fact=', ignored: true },
    { hash: '#=&&&==&map&sel=&=x', ignored: true },
    { hash: '#map=7%2F55.89%2F23.39&sel=rukla', ignored: false },
  ];

  test(`${HOSTILE_LINKS.length} hostile links in a row break nothing`, async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs = recordDialogs(page);
    await page.goto('/');
    await waitForMapIdle(page);
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
    for (const { hash, ignored } of HOSTILE_LINKS) {
      await test.step(hash.slice(0, 60), async () => {
        // A same-document navigation, as when a link is pasted into the open explorer's address bar.
        await page.goto(`/${hash}`);
        if (ignored) {
          await expect(notice).toBeVisible();
          await notice.getByRole('button', { name: 'Dismiss' }).click();
        } else {
          await expect(notice).toBeHidden();
        }
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baltic Defence Atlas');
      });
    }
    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
    expect(await canvasColourCount(page)).toBeGreaterThan(8);
    expect(await page.locator('script:not([src]), img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('a hostile link opened in a fresh page still draws the map', async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs = recordDialogs(page);
    for (const hash of [
      '#map=1e999/NaN/-0&sel=<script>alert(1)</script>&year=99999',
      `#sel=${LONG}`,
      '#map=7/55.89/23.39&sel=%E0%A4%A&layers=efp,__proto__',
    ]) {
      await page.goto('about:blank');
      await page.goto(`/${hash}`);
      await waitForMapIdle(page);
      await expect(
        page.getByRole('status').filter({ hasText: 'Part of this link was ignored' }),
      ).toBeVisible();
      // What was ignored is dropped from the address bar, so a copied link is clean.
      expect(page.url()).not.toMatch(/script|%E0%A4%A|__proto__|aaaa/);
      expect(await canvasColourCount(page)).toBeGreaterThan(8);
    }
    expect(dialogs).toEqual([]);
  });
});
