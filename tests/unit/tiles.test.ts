/**
 * Reads the committed basemap archive back (public/tiles, made by geo/tiles/build.ts) with the
 * same libraries a map client uses: npm `pmtiles` over the local file, `@mapbox/vector-tile`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance } from '@turf/turf';
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { bytesToHeader, PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import {
  latitudeOf,
  longitudeOf,
  tileAt,
  tilesCovering,
  type BBox,
  type TileCoord,
} from '../../geo/tiles/tile-grid.ts';
import { archiveBytes, fileSource, manifest } from './basemap-archive.ts';

const archive = new PMTiles(fileSource);

interface GazetteerEntry {
  name: string;
  kinds: string[];
  coordinates?: [number, number];
}
const gazetteer = JSON.parse(
  readFileSync(new URL('../../geo/gazetteer.json', import.meta.url), 'utf8'),
) as { entries: GazetteerEntry[] };
type NamedPoint = [name: string, point: [lon: number, lat: number]];
const basesAndCamps: NamedPoint[] = gazetteer.entries.flatMap((entry) =>
  entry.coordinates && entry.kinds.some((kind) => kind === 'air-base' || kind === 'efp-site')
    ? [[entry.name, entry.coordinates]]
    : [],
);

async function decodedTile(tile: TileCoord): Promise<VectorTile | undefined> {
  const response = await archive.getZxy(tile.z, tile.x, tile.y);
  return response && new VectorTile(new PbfReader(new Uint8Array(response.data)));
}

/** A layer's features in longitude and latitude. */
async function layerFeatures(tile: TileCoord, layer: string): Promise<Feature[]> {
  const vectorLayer = (await decodedTile(tile))?.layers[layer];
  if (!vectorLayer) return [];
  return Array.from({ length: vectorLayer.length }, (_, i) =>
    vectorLayer.feature(i).toGeoJSON(tile.x, tile.y, tile.z),
  );
}

/** Longitude and latitude of a position in a tile, given as fractions of its width and height. */
function tilePoint({ z, x, y }: TileCoord, across: number, down: number): [number, number] {
  return [longitudeOf(x + across, z), latitudeOf(y + down, z)];
}

type Area = Feature<Polygon | MultiPolygon>;
const isArea = (feature: Feature): feature is Area =>
  feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';

/** The kinds of the polygons of a layer that hold the point, in its zoom-10 tile. */
async function coveringKinds(point: [number, number], layer: string): Promise<string[]> {
  const features = await layerFeatures(tileAt(point[0], point[1], 10), layer);
  return features
    .filter(isArea)
    .filter((feature) => booleanPointInPolygon(point, feature))
    .map((feature) => String(feature.properties?.kind ?? layer));
}

describe('basemap archive', () => {
  it('finds the seven bases and camps in the gazetteer', () => {
    expect(basesAndCamps.length).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['Lake Peipus', [27.5, 58.75], 'lake'],
    ['the Gulf of Riga', [23.6, 57.6], 'ocean'],
    ['the Curonian Lagoon', [21.15, 55.2], 'ocean'],
  ] as const)('has %s as water at zoom 10', async (_, point, kind) => {
    expect(await coveringKinds([...point], 'water')).toEqual([kind]);
  });

  it.each<NamedPoint>([
    ['Saaremaa', [22.5, 58.4]],
    ['Hiiumaa', [22.6, 58.9]],
    ['the Curonian Spit at Nida', [21.005, 55.304]],
    ...basesAndCamps,
  ])('has %s as land at zoom 10', async (_, point) => {
    expect(await coveringKinds(point, 'earth')).toEqual(['earth']);
    expect(await coveringKinds(point, 'water')).toEqual([]);
  });

  it.each<NamedPoint>(basesAndCamps)(
    'names a place within 25 km of %s at zoom 10',
    async (_, point) => {
      const centre = tileAt(point[0], point[1], 10);
      const neighbourhood = [-1, 0, 1].flatMap((dx) =>
        [-1, 0, 1].map((dy) => ({ z: 10, x: centre.x + dx, y: centre.y + dy })),
      );
      const places = (
        await Promise.all(neighbourhood.map((tile) => layerFeatures(tile, 'places')))
      ).flat();
      const near = places.filter(
        (place) =>
          place.geometry.type === 'Point' &&
          String(place.properties?.name ?? '').length > 0 &&
          distance(point, place.geometry.coordinates, { units: 'kilometers' }) <= 25,
      );
      expect(near.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['zoom 5 over the Baltic states', 5, [21.0, 53.9, 28.2, 59.7]],
    ['zoom 10 over the West Estonian islands', 10, [22.4, 58.3, 23.4, 58.9]],
  ] as [string, number, BBox][])(
    'has every point of a tile and its buffer either sea or land at %s',
    async (_, z, box) => {
      const both: string[] = [];
      const neither: string[] = [];
      for (const tile of tilesCovering(box, z)) {
        const earth = (await layerFeatures(tile, 'earth')).filter(isArea);
        const sea = (await layerFeatures(tile, 'water'))
          .filter(isArea)
          .filter((f) => f.properties?.kind === 'ocean');
        // A 10 × 10 grid from just outside the tile's west and north edges to just outside its east and south ones.
        for (let i = 0; i < 10; i++) {
          for (let j = 0; j < 10; j++) {
            const point = tilePoint(
              tile,
              -0.01 + (1.02 * (i + 0.5)) / 10,
              -0.01 + (1.02 * (j + 0.5)) / 10,
            );
            const onLand = earth.some((f) => booleanPointInPolygon(point, f));
            const atSea = sea.some((f) => booleanPointInPolygon(point, f));
            if (onLand === atSea) (onLand ? both : neither).push(point.join(','));
          }
        }
      }
      expect({ both, neither }).toEqual({ both: [], neither: [] });
    },
  );

  const BALTIC_STATES: [string, BBox][] = [
    ['Estonia', [21.8, 57.5, 28.2, 59.7]],
    ['Latvia', [21.0, 55.7, 28.2, 58.1]],
    ['Lithuania', [21.0, 53.9, 26.8, 56.45]],
  ];
  it.each(BALTIC_STATES)('has tiles at every zoom from 0 to 10 over %s', async (_, box) => {
    const missing: string[] = [];
    for (let z = 0; z <= 10; z++) {
      for (const tile of tilesCovering(box, z)) {
        const layers = Object.keys((await decodedTile(tile))?.layers ?? {});
        if (!layers.includes('earth') && !layers.includes('water'))
          missing.push(`${z}/${tile.x}/${tile.y}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('matches its manifest: sha256, size, and a name holding the hash', () => {
    const sha256 = createHash('sha256').update(archiveBytes).digest('hex');
    expect(manifest.sha256).toBe(sha256);
    expect(manifest.bytes).toBe(archiveBytes.length);
    expect(manifest.archive).toBe(`basemap.${sha256.slice(0, 12)}.pmtiles`);
  });

  it("gives, as headerAndRootBytes, where the root directory ends: a reader's first read", async () => {
    const header = bytesToHeader(archiveBytes.buffer.slice(archiveBytes.byteOffset, 127));
    expect(manifest.headerAndRootBytes).toBe(
      header.rootDirectoryOffset + header.rootDirectoryLength,
    );
    // A reader whose first read stops there still finds a tile of the Baltic at zoom 10.
    const short = new PMTiles({
      getKey: () => 'first read cut',
      getBytes: (offset, length) =>
        fileSource.getBytes(
          offset,
          offset === 0 ? Math.min(length, manifest.headerAndRootBytes) : length,
        ),
    });
    const rukla = tileAt(24.38, 55.03, 10);
    const tile = await short.getZxy(rukla.z, rukla.x, rukla.y);
    expect(tile?.data.byteLength).toBeGreaterThan(0);
  });
});
