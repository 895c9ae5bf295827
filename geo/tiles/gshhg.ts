/**
 * Land, sea, lakes and rivers from GSHHG and WDBII, read with GMT's `gmt coast -M` (Debian
 * packages `gmt` and `gmt-gshhg-full`). GSHHG levels: 1 land, 2 lake, 3 island in a lake,
 * 4 pond on such an island. https://www.soest.hawaii.edu/pwessel/gshhg/
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Resolution } from './bands.ts';
import { assignHoles } from './holes.ts';
import { closeAlongEdge, joinPieces, reversed, signedArea, type Ring } from './rings.ts';
import type { BBox } from './tile-grid.ts';

export interface Piece {
  level: number;
  points: Ring;
}

export type EarthFeature = Feature<MultiPolygon, Record<string, never>>;
export type WaterFeature = Feature<Polygon, { kind: 'ocean' | 'lake' }>;
export type RiverFeature = Feature<MultiLineString, { kind: 'river'; rank: number }>;

/** Runs `gmt coast`; GMT's session file (gmt.history) goes to a scratch directory, not the repo. */
function gmtCoast(args: string[]): { stdout: string; stderr: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'gmt-'));
  try {
    const run = spawnSync('gmt', ['coast', ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, GMT_TMPDIR: scratch },
    });
    if (run.status !== 0) {
      throw new Error(
        `gmt coast ${args.join(' ')} failed (needs Debian's gmt and gmt-gshhg-full): ${run.stderr ?? run.error}`,
      );
    }
    return { stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Parses GMT's multisegment text: `> Shore Bin # 19, Level 1` headers, then `lon<TAB>lat` rows. */
export function parseSegments(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      const level = /Level (\d+)/.exec(line)?.[1];
      if (!level) throw new Error(`GMT segment header without a level: ${line}`);
      current = { level: Number(level), points: [] };
      pieces.push(current);
    } else if (line.trim()) {
      const [lon, lat] = line.split('\t').map(Number);
      if (!current || !Number.isFinite(lon) || !Number.isFinite(lat)) {
        throw new Error(`unexpected GMT output line: ${line}`);
      }
      current.points.push([lon as number, lat as number]);
    }
  }
  return pieces;
}

/** GMT orders a region west/east/south/north. */
const regionArgument = ([west, south, east, north]: BBox) => `-R${west}/${east}/${south}/${north}`;

export function readShorelines(resolution: Resolution, region: BBox): Piece[] {
  const args = [`-D${resolution}`, regionArgument(region), '-A0/1/4', '-M', '-W'];
  return parseSegments(gmtCoast(args).stdout);
}

export function readRivers(resolution: Resolution, region: BBox, classes: readonly number[]) {
  if (classes.length === 0) return [];
  const selection = classes.map((riverClass) => `-I${riverClass}`);
  return parseSegments(
    gmtCoast([`-D${resolution}`, regionArgument(region), '-M', ...selection]).stdout,
  );
}

/** The GSHHG version GMT reads, as it reports it in verbose mode (`GSHHG version 2.3.7`). */
export function gshhgVersion(): string {
  const { stderr } = gmtCoast(['-Dc', '-R0/20/40/60', '-M', '-W', '-Vi']);
  const version = /GSHHG version (\S+)/.exec(stderr)?.[1];
  if (!version) throw new Error(`gmt coast did not report a GSHHG version: ${stderr}`);
  return version;
}

export function gmtVersion(): string {
  const run = spawnSync('gmt', ['--version'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`gmt --version failed: ${run.stderr ?? run.error}`);
  return run.stdout.trim();
}

/** GSHHG's own orientation: odd levels hold their feature on the left, even ones on the right. */
const featureOnLeft = (level: number) => level % 2 === 1;

/**
 * Rings of one level with the feature inside and on the left (counterclockwise). Closed rings
 * whose winding contradicts their level are GSHHG slivers of three points and no area; dropped.
 */
function levelRings(pieces: readonly Piece[], level: number) {
  const { closed, open } = joinPieces(pieces.filter((p) => p.level === level).map((p) => p.points));
  const orient = (ring: Ring) => (featureOnLeft(level) ? ring : reversed(ring));
  const rings = closed.map(orient).filter((ring) => signedArea(ring) > 0);
  return { closed: rings, open: open.map(orient), slivers: closed.length - rings.length };
}

export interface CoastPolygons {
  earth: EarthFeature;
  water: WaterFeature[];
  /** Counts for the build log: what joining and nesting could not use. */
  report: { slivers: number; unplacedHoles: number };
}

/**
 * Water polygons stay one feature each, so that in a tile a feature's first ring is its outer
 * ring and the rest are holes (see orientRings in tile-rings.ts).
 */
const waterPolygon = (rings: Ring[], kind: 'ocean' | 'lake'): WaterFeature => ({
  type: 'Feature',
  properties: { kind },
  geometry: { type: 'Polygon', coordinates: rings },
});

/**
 * Land: every level-1 ring (closed along the region's edge where it leaves it) and every island
 * in a lake; lakes stay inside the land, as the water layer draws them above it. Sea: the
 * region less the land, its islands as holes. Lakes: level 2 less the level-3 islands, and the
 * level-4 ponds.
 */
export function coastPolygons(pieces: readonly Piece[], region: BBox): CoastPolygons {
  const land = levelRings(pieces, 1);
  const lakes = levelRings(pieces, 2);
  const lakeIslands = levelRings(pieces, 3);
  const ponds = levelRings(pieces, 4);
  if (land.open.length === 0) {
    throw new Error(`no coast reaches the edge of ${region.join('/')}: cannot tell land from sea`);
  }

  const landRings = [...closeAlongEdge(land.open, region), ...land.closed];
  const seaOuters = closeAlongEdge(land.open.map(reversed), region);
  const sea = assignHoles(seaOuters, land.closed.map(reversed));
  // Where lake and island both leave the region, the lake's outline runs along both shores.
  const lakeEdges = [...lakes.open, ...lakeIslands.open.map(reversed)];
  const lakeOuters = [...closeAlongEdge(lakeEdges, region), ...lakes.closed];
  const lake = assignHoles(lakeOuters, lakeIslands.closed.map(reversed));

  const islandsInLakes = [...lakeIslands.closed, ...closeAlongEdge(lakeIslands.open, region)];
  const pondRings = [...ponds.closed, ...closeAlongEdge(ponds.open, region)];

  return {
    // One feature for all land (no holes): a tile carries one MVT feature, not one per island.
    earth: {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [...landRings, ...islandsInLakes].map((ring) => [ring]),
      },
    },
    water: [
      ...sea.polygons.map((rings) => waterPolygon(rings, 'ocean')),
      ...[...lake.polygons, ...pondRings.map((ring) => [ring])].map((rings) =>
        waterPolygon(rings, 'lake'),
      ),
    ],
    report: {
      slivers: land.slivers + lakes.slivers + lakeIslands.slivers + ponds.slivers,
      unplacedHoles: sea.unplaced + lake.unplaced,
    },
  };
}

/** River lines, one feature per WDBII class (`rank`), pieces joined where one ends at the next's start. */
export function riverLines(pieces: readonly Piece[]): RiverFeature[] {
  const classes = [...new Set(pieces.map((p) => p.level))].sort((a, b) => a - b);
  return classes.map((rank) => {
    const { closed, open } = joinPieces(
      pieces.filter((p) => p.level === rank).map((p) => p.points),
    );
    return {
      type: 'Feature',
      properties: { kind: 'river', rank },
      geometry: { type: 'MultiLineString', coordinates: [...open, ...closed] },
    };
  });
}
