/** The one reader of the `world-atlas` package's TopoJSON files (Node only: build and tests). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Detail, WorldTopology } from './basemap.ts';

const require = createRequire(import.meta.url);

export function readWorldAtlas(detail: Detail): WorldTopology {
  const path = require.resolve(`world-atlas/countries-${detail}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
}
