/**
 * Land borders between countries from Natural Earth (the `world-atlas` package's TopoJSON): the
 * arcs two different countries share, so coastlines are left out. https://www.naturalearthdata.com
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BorderDetail } from './bands.ts';

const require = createRequire(import.meta.url);

export type BorderFeature = Feature<MultiLineString, { kind: 'country' }>;

export function countryBorders(detail: BorderDetail): BorderFeature {
  const path = require.resolve(`world-atlas/countries-${detail}.json`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const shared = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return { type: 'Feature', properties: { kind: 'country' }, geometry: shared };
}

export function worldAtlasVersion(): string {
  const manifest = require('world-atlas/package.json') as { version: string };
  return manifest.version;
}
