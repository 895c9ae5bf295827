/**
 * `npm run bench`: measures the production build (`dist/`, made by `npm run build` first) against
 * a plain baseline page (tests/bench/baseline/, built here into a temporary directory), both served
 * by `vite preview` on free ports of 127.0.0.1 and loaded in the system Chromium as a phone would:
 * a 412×823 viewport, the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), a fresh context for
 * every run so nothing comes from a cache. Every figure is the median of BENCH_RUNS runs (9:
 * single loads here spread over ±150 ms, so five runs moved the median by 100 ms between benches).
 *
 * It is a report, not a gate: it prints every figure with its budget and pass or fail, writes
 * tests/bench/results/latest.json and tests/bench/last-run.json, and exits 0 either way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../geo/chromium.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BASELINE = join(ROOT, 'tests/bench/baseline');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const VIEWPORT = { width: 412, height: 823 };
const CPU_SLOWDOWN = 4;
/** The click benchmark's view: Šiauliai Air Base in the middle of the map. */
const SIAULIAI_VIEW = '#map=7/55.894/23.395';
const MEMORY_ROUNDS = 100;
const IDLE_TIMEOUT = 90_000;
const DETAILS_TIMEOUT = 5_000;

const BUDGET = {
  idleMs: 1200,
  tbtMs: 300,
  clickMs: 100,
  firstLoadKB: 600,
  appJsKB: 60,
  heapGrowthMB: 2,
  idleRatio: 0.7,
};

declare global {
  interface Window {
    __longTasks?: [start: number, duration: number][];
    __click?: { start: number | null; painted: number | null };
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function serve(options: { root: string; outDir?: string }): Promise<PreviewServer> {
  const port = await freePort();
  return preview({
    root: options.root,
    logLevel: 'warn',
    ...(options.outDir ? { configFile: false, build: { outDir: options.outDir } } : {}),
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
}

const urlOf = (server: PreviewServer) => server.resolvedUrls!.local[0]!;

async function buildBaseline(outDir: string): Promise<void> {
  await build({
    root: BASELINE,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 100_000 },
  });
}

// ---------------------------------------------------------------------------------------------
// Bytes

type Category =
  | 'html'
  | 'maplibre JS'
  | 'maplibre worker'
  | 'app JS'
  | 'CSS'
  | 'fonts'
  | 'geodata'
  | 'fact base'
  | 'other';

function categorise(url: string): Category {
  const path = new URL(url).pathname;
  if (/maplibre-gl-worker[^/]*\.m?js$/.test(path)) return 'maplibre worker';
  if (/maplibre-gl[^/]*\.m?js$/.test(path)) return 'maplibre JS';
  if (/\.m?js$/.test(path)) return 'app JS';
  if (path.endsWith('.css')) return 'CSS';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (path.includes('/generated/basemap/')) return 'geodata';
  if (path.endsWith('/generated/factbase.json')) return 'fact base';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
}

/** Already-compressed formats go over the wire as they are; text is gzipped (zlib level 6). */
const INCOMPRESSIBLE = /\.(woff2|png|jpe?g|webp|avif|gif)$/;
const sizeCache = new Map<string, { raw: number; wire: number }>();

async function wireSize(url: string, body: Buffer | null): Promise<{ raw: number; wire: number }> {
  const cached = sizeCache.get(url);
  if (cached) return cached;
  const bytes = body ?? Buffer.from(await (await fetch(url)).arrayBuffer());
  const size = {
    raw: bytes.length,
    wire: INCOMPRESSIBLE.test(new URL(url).pathname)
      ? bytes.length
      : gzipSync(bytes, { level: 6 }).length,
  };
  sizeCache.set(url, size);
  return size;
}

interface Loaded {
  url: string;
  category: Category;
  raw: number;
  wire: number;
}

/**
 * Records every response of the page (workers included); `stop(before)` returns those whose
 * request was sent before `before` (ms since the epoch): what the page asked for before its first
 * idle, not what an idle handler asks for while the bench is still reading the mark.
 */
function recordResponses(page: Page) {
  const seen: Promise<(Loaded & { sent: number }) | null>[] = [];
  let recording = true;
  page.on('response', (response) => {
    if (!recording) return;
    const url = response.url();
    if (!/^https?:/.test(url) || response.status() < 200 || response.status() >= 300) return;
    const sent = response.request().timing().startTime;
    seen.push(
      response
        .body()
        .catch(() => null)
        .then((body) => wireSize(url, body))
        .then(({ raw, wire }) => ({ url, category: categorise(url), raw, wire, sent }))
        .catch(() => null),
    );
  });
  return async (before: number): Promise<Loaded[]> => {
    recording = false;
    return (await Promise.all(seen))
      .filter((entry): entry is Loaded & { sent: number } => entry !== null)
      .filter((entry) => entry.sent < before)
      .map(({ sent: _sent, ...entry }) => entry);
  };
}

// ---------------------------------------------------------------------------------------------
// One page load

async function freshPage(browser: Browser, slowdown: number) {
  const context: BrowserContext = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    isMobile: false,
  });
  // tsx (esbuild) wraps named functions in `__name(…)`, which functions sent to the page need too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__longTasks!.push([entry.startTime, entry.duration]);
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: total blocking time reads 0.
    }
    // The page says when the map is idle on the console (see loadUntilIdle).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('map-idle')) {
        console.debug(`bench:map-idle ${entry.startTime}`);
      }
    }).observe({ type: 'mark', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, cdp, errors };
}

/**
 * Opens `url` and resolves with the time of its first `map-idle` mark. The page reports the mark
 * on its console (the init script in freshPage) rather than being polled: polling runs Playwright's
 * injected script in the page during the very load being timed, a long task of its own (about 70 ms
 * at 4×) that counted against both pages' idle and blocking times.
 */
async function loadUntilIdle(page: Page, url: string): Promise<number> {
  const signal = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith('bench:map-idle '),
    timeout: IDLE_TIMEOUT,
  });
  await page.goto(url, { waitUntil: 'commit' });
  return Number((await signal).text().split(' ')[1]);
}

interface LoadRun {
  idleMs: number;
  tbtMs: number;
  longTasks: number;
  loaded: Loaded[];
  /** The app's own marks on the way to idle (the baseline sets none but map-idle). */
  marks: Record<string, number>;
}

/** Where the first load's time goes: marks set by src/map/create-map.ts and src/data/atlas.ts. */
const BREAKDOWN_MARKS = ['atlas-ready', 'map-create', 'map-load', 'map-idle'] as const;

async function coldLoad(browser: Browser, url: string): Promise<LoadRun> {
  const { context, page, errors } = await freshPage(browser, CPU_SLOWDOWN);
  try {
    const stop = recordResponses(page);
    const idleMs = await loadUntilIdle(page, url);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const loaded = await stop(timeOrigin + idleMs);
    const marks = await page.evaluate(
      (names) =>
        Object.fromEntries(
          names.flatMap((name) => {
            const [mark] = performance.getEntriesByName(name, 'mark');
            return mark ? [[name, mark.startTime]] : [];
          }),
        ),
      [...BREAKDOWN_MARKS],
    );
    const tasks = await page.evaluate(() => window.__longTasks ?? []);
    const before = tasks.filter(([start]) => start < idleMs);
    const tbtMs = before.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    if (errors.length > 0) console.warn(`  page errors on ${url}: ${errors.join('; ')}`);
    return { idleMs, tbtMs, longTasks: before.length, loaded, marks };
  } finally {
    await context.close();
  }
}

type Outcome = { ms: number } | { na: string };

async function clickToDetails(browser: Browser, url: string): Promise<Outcome> {
  const { context, page } = await freshPage(browser, CPU_SLOWDOWN);
  try {
    await loadUntilIdle(page, url + SIAULIAI_VIEW);
    await page.evaluate(() => {
      const state: { start: number | null; painted: number | null } = {
        start: null,
        painted: null,
      };
      window.__click = state;
      const shown = () =>
        document
          .querySelector('aside[aria-label="Details"]')
          ?.querySelector('h1, h2, h3, h4, h5, h6')
          ?.textContent?.includes('Šiauliai') ?? false;
      const observer = new MutationObserver(() => {
        if (state.start === null || !shown()) return;
        observer.disconnect();
        requestAnimationFrame(() => (state.painted = performance.now()));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      addEventListener('click', (event) => (state.start ??= event.timeStamp), { capture: true });
    });
    const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
    if (!box) return { na: 'no map canvas' };
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    try {
      await page.waitForFunction(() => window.__click?.painted != null, null, {
        timeout: DETAILS_TIMEOUT,
        polling: 50,
      });
    } catch {
      const why = await page.evaluate(() => {
        const aside = document.querySelector('aside[aria-label="Details"]');
        if (!aside) return 'no <aside aria-label="Details"> appeared after the click';
        const heading = aside.querySelector('h1, h2, h3, h4, h5, h6');
        if (!heading) return 'the Details aside has no heading';
        return `the Details heading reads "${heading.textContent?.trim().slice(0, 60)}"`;
      });
      return { na: `${why} within ${DETAILS_TIMEOUT / 1000} s (is click-to-select built yet?)` };
    }
    const { start, painted } = (await page.evaluate(() => window.__click))!;
    return { ms: painted! - start! };
  } finally {
    await context.close();
  }
}

interface MemoryResult {
  growthMB: number;
  beforeMB: number;
  afterMB: number;
  note: string;
}

/** Select, deselect, layer toggle and year change through the URL hash, which the app owns. */
async function memoryRounds(browser: Browser, url: string): Promise<MemoryResult | { na: string }> {
  const { context, page, cdp } = await freshPage(browser, 1);
  try {
    await loadUntilIdle(page, url + SIAULIAI_VIEW);
    const hashes = [
      `${SIAULIAI_VIEW}&sel=siauliai-air-base&layers=members,efp&year=2010`,
      SIAULIAI_VIEW,
    ];
    const round = () =>
      page.evaluate(async (list) => {
        const frames = () =>
          new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (const hash of list) {
          location.hash = hash;
          await frames();
        }
      }, hashes);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    };
    // Warm up: first-use caches (fine basemap, compiled shaders, lazy code) are not leaks.
    for (let i = 0; i < 10; i++) await round();
    const ignored = await page.evaluate((hash) => {
      location.hash = hash;
      return new Promise<string>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(document.querySelector('[role="status"]')?.textContent?.trim() ?? ''),
          ),
        ),
      );
    }, hashes[0]!);
    await round();
    const beforeMB = await heap();
    for (let i = 0; i < MEMORY_ROUNDS; i++) await round();
    const afterMB = await heap();
    const unknown = ['sel', 'layers', 'year'].filter((field) => ignored.includes(`${field}:`));
    return {
      beforeMB,
      afterMB,
      growthMB: afterMB - beforeMB,
      note:
        unknown.length > 0
          ? `the app ignored ${unknown.join(', ')} in the hash (not built yet): measures hash sync and map only`
          : 'selection, layers and year applied from the hash',
    };
  } catch (error) {
    return { na: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => bytes / 1000;
const round1 = (n: number) => Math.round(n * 10) / 10;

function bytesByCategory(loaded: Loaded[]) {
  const out: Record<string, { files: number; rawKB: number; wireKB: number }> = {};
  for (const entry of loaded) {
    const row = (out[entry.category] ??= { files: 0, rawKB: 0, wireKB: 0 });
    row.files++;
    row.rawKB = round1(row.rawKB + kb(entry.raw));
    row.wireKB = round1(row.wireKB + kb(entry.wire));
  }
  return out;
}

interface Check {
  figure: string;
  app: string;
  baseline: string;
  budget: string;
  result: 'pass' | 'FAIL' | 'n/a';
  note?: string;
}

function printTable(checks: Check[]) {
  const head = ['figure', 'app', 'baseline', 'budget', 'result'] as const;
  const rows = checks.map((c) => [c.figure, c.app, c.baseline, c.budget, c.result]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  for (const c of checks) if (c.note) console.log(`  ${c.figure}: ${c.note}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg().map(round1);
  const baselineOut = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  console.log('bench: building the baseline page');
  await buildBaseline(baselineOut);
  const app = await serve({ root: ROOT });
  const baseline = await serve({ root: BASELINE, outDir: baselineOut });
  const appUrl = urlOf(app);
  const baselineUrl = urlOf(baseline);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const version = browser.version();
    console.log(
      `bench: Chromium ${version}, ${RUNS} runs, CPU ÷${CPU_SLOWDOWN}, ${cpus().length} cores, ` +
        `load average ${loadAtStart.join(' ')}`,
    );
    // One discarded warm-up each, so the first measured run doesn't pay for a cold disk cache.
    await coldLoad(browser, appUrl);
    await coldLoad(browser, baselineUrl);

    const appLoads: LoadRun[] = [];
    const baseLoads: LoadRun[] = [];
    const appClicks: Outcome[] = [];
    const baseClicks: Outcome[] = [];
    for (let i = 0; i < RUNS; i++) {
      appLoads.push(await coldLoad(browser, appUrl));
      baseLoads.push(await coldLoad(browser, baselineUrl));
      appClicks.push(await clickToDetails(browser, appUrl));
      baseClicks.push(await clickToDetails(browser, baselineUrl));
      const a = appLoads.at(-1)!;
      const b = baseLoads.at(-1)!;
      console.log(
        `  run ${i + 1}: idle app ${Math.round(a.idleMs)} ms, baseline ${Math.round(b.idleMs)} ms`,
      );
    }
    console.log('bench: memory rounds');
    const memory = await memoryRounds(browser, appUrl);

    const summarise = (loads: LoadRun[], clicks: Outcome[]) => {
      const total = (run: LoadRun) => run.loaded.reduce((sum, e) => sum + e.wire, 0);
      const appJs = (run: LoadRun) =>
        run.loaded.filter((e) => e.category === 'app JS').reduce((sum, e) => sum + e.wire, 0);
      const timed = clicks.filter((c): c is { ms: number } => 'ms' in c).map((c) => c.ms);
      const medianLoad = [...loads].sort((x, y) => total(x) - total(y))[loads.length >> 1]!;
      return {
        idleMs: round1(median(loads.map((r) => r.idleMs))),
        tbtMs: round1(median(loads.map((r) => r.tbtMs))),
        firstLoadKB: round1(kb(median(loads.map(total)))),
        appJsKB: round1(kb(median(loads.map(appJs)))),
        clickMs: timed.length === clicks.length ? round1(median(timed)) : null,
        clickNa: clicks.find((c): c is { na: string } => 'na' in c)?.na ?? null,
        marks: Object.fromEntries(
          BREAKDOWN_MARKS.flatMap((name) => {
            const times = loads.flatMap((r) =>
              r.marks[name] === undefined ? [] : [r.marks[name]],
            );
            return times.length === loads.length ? [[name, round1(median(times))]] : [];
          }),
        ),
        bytes: bytesByCategory(medianLoad.loaded),
        files: medianLoad.loaded
          .map((e) => ({ path: new URL(e.url).pathname, ...e, url: undefined }))
          .sort((x, y) => y.wire - x.wire),
        runs: {
          idleMs: loads.map((r) => round1(r.idleMs)),
          tbtMs: loads.map((r) => round1(r.tbtMs)),
          clickMs: clicks.map((c) => ('ms' in c ? round1(c.ms) : null)),
        },
      };
    };
    const ours = summarise(appLoads, appClicks);
    const theirs = summarise(baseLoads, baseClicks);
    const ratio = ours.idleMs / theirs.idleMs;

    const verdict = (ok: boolean): Check['result'] => (ok ? 'pass' : 'FAIL');
    const ms = (n: number) => `${Math.round(n)} ms`;
    const kbText = (n: number) => `${n.toFixed(1)} KB`;
    const checks: Check[] = [
      {
        figure: 'time to map idle (median)',
        app: ms(ours.idleMs),
        baseline: ms(theirs.idleMs),
        budget: `≤ ${ms(BUDGET.idleMs)}`,
        result: verdict(ours.idleMs <= BUDGET.idleMs),
      },
      {
        figure: 'idle time vs baseline',
        app: `${ratio.toFixed(2)}×`,
        baseline: '1.00×',
        budget: `≤ ${BUDGET.idleRatio}×`,
        result: verdict(ratio <= BUDGET.idleRatio),
      },
      {
        figure: 'total blocking time before idle',
        app: ms(ours.tbtMs),
        baseline: ms(theirs.tbtMs),
        budget: `≤ ${ms(BUDGET.tbtMs)}`,
        result: verdict(ours.tbtMs <= BUDGET.tbtMs),
      },
      {
        figure: 'click on a base → details painted',
        app: ours.clickMs === null ? 'n/a' : ms(ours.clickMs),
        baseline: theirs.clickMs === null ? 'n/a' : ms(theirs.clickMs),
        budget: `≤ ${ms(BUDGET.clickMs)}`,
        result: ours.clickMs === null ? 'n/a' : verdict(ours.clickMs <= BUDGET.clickMs),
        ...(ours.clickNa ? { note: `app n/a: ${ours.clickNa}` } : {}),
      },
      {
        figure: 'bytes before idle (gzip)',
        app: kbText(ours.firstLoadKB),
        baseline: kbText(theirs.firstLoadKB),
        budget: `≤ ${kbText(BUDGET.firstLoadKB)}`,
        result: verdict(ours.firstLoadKB <= BUDGET.firstLoadKB),
      },
      {
        figure: "app's own JS (gzip, not MapLibre)",
        app: kbText(ours.appJsKB),
        baseline: '–',
        budget: `≤ ${kbText(BUDGET.appJsKB)}`,
        result: verdict(ours.appJsKB <= BUDGET.appJsKB),
      },
      'na' in memory
        ? {
            figure: `JS heap growth, ${MEMORY_ROUNDS} rounds`,
            app: 'n/a',
            baseline: '–',
            budget: `< ${BUDGET.heapGrowthMB} MB`,
            result: 'n/a',
            note: memory.na,
          }
        : {
            figure: `JS heap growth, ${MEMORY_ROUNDS} rounds`,
            app: `${memory.growthMB.toFixed(2)} MB`,
            baseline: '–',
            budget: `< ${BUDGET.heapGrowthMB} MB`,
            result: verdict(memory.growthMB < BUDGET.heapGrowthMB),
            note: memory.note,
          },
    ];

    console.log('');
    printTable(checks);
    console.log('\nthe app on its way to idle (median ms after navigation):');
    for (const [name, ms] of Object.entries(ours.marks)) {
      console.log(`  ${name.padEnd(12)} ${String(Math.round(ms)).padStart(6)}`);
    }
    console.log('\nbytes before idle, app (KB; raw → gzip, woff2 as is):');
    for (const [category, row] of Object.entries(ours.bytes).sort(
      (x, y) => y[1].wireKB - x[1].wireKB,
    )) {
      console.log(
        `  ${category.padEnd(16)} ${String(row.files).padStart(2)} files  ${row.rawKB.toFixed(1).padStart(8)} → ${row.wireKB.toFixed(1).padStart(7)}`,
      );
    }
    const failed = checks.filter((c) => c.result === 'FAIL');
    console.log(
      failed.length === 0
        ? '\nbench: every measured budget met'
        : `\nbench: ${failed.length} budget(s) missed: ${failed.map((c) => c.figure).join('; ')}`,
    );

    const report = {
      date: new Date().toISOString(),
      settings: {
        runs: RUNS,
        viewport: VIEWPORT,
        deviceScaleFactor: 1,
        cpuSlowdown: CPU_SLOWDOWN,
        chromium: version,
        node: process.version,
        cores: cpus().length,
        // Other work on the machine stretches every time: read the times with the load in mind.
        loadAverage: { start: loadAtStart, end: loadavg().map(round1) },
        webgl: 'SwiftShader (software)',
        seconds: Math.round((Date.now() - started) / 1000),
      },
      budgets: BUDGET,
      checks,
      app: ours,
      baseline: theirs,
      idleRatio: round1(ratio * 100) / 100,
      memory,
    };
    const json = `${JSON.stringify(report, null, 2)}\n`;
    mkdirSync(join(ROOT, 'tests/bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'tests/bench/results/latest.json'), json);
    writeFileSync(join(ROOT, 'tests/bench/last-run.json'), json);
    console.log(`bench: wrote tests/bench/results/latest.json in ${report.settings.seconds} s`);
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
    rmSync(baselineOut, { recursive: true, force: true });
  }
}

await main();
