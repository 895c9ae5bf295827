/**
 * Finds the system Chromium (never a downloaded one) and the flags that give it software WebGL.
 * Shared by the build scripts that draw with Chromium, the Playwright config and the benchmark.
 */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => path !== undefined && existsSync(path));
  if (found === undefined) {
    throw new Error(
      'No Chromium found: set CHROMIUM_PATH or install it (Debian: apt-get install chromium).',
    );
  }
  return found;
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  ...(runningAsRoot ? ['--no-sandbox'] : []),
];
