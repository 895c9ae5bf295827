/**
 * Rasterises public/favicon.svg into the web app manifest's icons (public/icons/*.png) with the
 * system Chromium. Reproducible, not run by CI: `npx tsx geo/rasterise-icons.ts`.
 * The maskable icon pads the mark onto its own blue so any mask shape keeps it whole (the safe
 * zone is the middle 80%).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // The mark's square is #0b5cad; a maskable icon fills the whole canvas with it.
    const inner = maskable ? Math.round(size * 0.72) : size;
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;` +
        `background:${maskable ? '#0b5cad' : 'transparent'}">` +
        `<img src="${dataUrl}" width="${inner}" height="${inner}"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: join(ROOT, 'public/icons', file), omitBackground: !maskable });
    await page.close();
  }
} finally {
  await browser.close();
}
