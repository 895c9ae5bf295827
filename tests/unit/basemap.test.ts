import { describe, expect, it } from 'vitest';
import {
  EUROPE_BOX,
  composeCountries,
  countriesFromTopology,
  countryId,
  hasAntimeridianJump,
  splitPolygonAtAntimeridian,
} from '../../geo/basemap.ts';
import { readWorldAtlas } from '../../geo/world-atlas.ts';
import type { Position } from 'geojson';

function rings(geometry: { type: string; coordinates: unknown }): Position[][] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as Position[][])
    : (geometry.coordinates as Position[][][]).flat();
}

/** world-atlas's abbreviations: "Bosnia and Herz.", "Dem. Rep. Congo", "N. Cyprus", "Solomon Is." */
const ABBREVIATION = /\b(Is|I|Rep|Dem|Herz|Fr|Br|St|Geo|Ter|Eq|Barb|Vin|Gren)\.|(^|\s)[NSW]\.\s/;

const lite = () =>
  composeCountries(
    countriesFromTopology(readWorldAtlas('110m')),
    countriesFromTopology(readWorldAtlas('110m')),
    EUROPE_BOX,
    { inside: 2, outside: 2 },
  );
const fine = () =>
  composeCountries(
    countriesFromTopology(readWorldAtlas('110m')),
    countriesFromTopology(readWorldAtlas('10m')),
    EUROPE_BOX,
    { inside: 3, outside: 2 },
  );

describe('basemap countries', () => {
  it('gives every country a unique id and a spelled-out English name', () => {
    for (const collection of [lite(), fine()]) {
      const ids = collection.features.map((f) => f.properties.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const f of collection.features) {
        expect(f.id).toBe(f.properties.id);
        expect(f.properties.id).toMatch(/^([A-Z]{3}|x-[a-z0-9-]+)$/);
        expect(f.properties.name.length).toBeGreaterThan(2);
        expect(f.properties.name).not.toMatch(ABBREVIATION);
      }
    }
  });

  it('keys countries by ISO 3166-1 alpha-3, with stable ids for the uncoded ones', () => {
    const ids = new Set(fine().features.map((f) => f.properties.id));
    for (const id of ['LVA', 'LTU', 'EST', 'POL', 'DEU', 'USA', 'CAN', 'TUR', 'UKR', 'MDA']) {
      expect(ids).toContain(id);
    }
    expect(ids).toContain('XKX');
    expect(ids).toContain('CYN');
    expect(ids).toContain('SOL');
    expect(countryId('428', 'Latvia')).toBe('LVA');
    expect(countryId(undefined, 'Kosovo')).toBe('XKX');
    expect(countryId(undefined, 'Siachen Glacier')).toBe('x-siachen-glacier');
  });

  it('names countries in full', () => {
    const byId = new Map(fine().features.map((f) => [f.properties.id, f.properties.name]));
    expect(byId.get('BIH')).toBe('Bosnia and Herzegovina');
    expect(byId.get('COD')).toBe('Democratic Republic of the Congo');
    expect(byId.get('LVA')).toBe('Latvia');
  });

  it('has no ring with a longitude jump over 180°', () => {
    for (const collection of [lite(), fine()]) {
      for (const f of collection.features) {
        for (const ring of rings(f.geometry)) {
          expect(hasAntimeridianJump(ring), `${f.properties.id} jumps across 180°`).toBe(false);
        }
      }
    }
  });

  it('draws no border along the edges of the Europe box, where the detail changes', () => {
    const [west, south, east, north] = EUROPE_BOX;
    // Where a 10m and a 110m coast meet at the box, short steps along it remain (under 40 km);
    // a country left in pieces had cut edges thousands of kilometres long.
    const km = (a: Position, b: Position) =>
      111 * Math.hypot((a[0]! - b[0]!) * Math.cos((a[1]! * Math.PI) / 180), a[1]! - b[1]!);
    const onEdge = (a: Position, b: Position) =>
      ((a[0] === b[0] && (a[0] === west || a[0] === east)) ||
        (a[1] === b[1] && (a[1] === south || a[1] === north))) &&
      km(a, b) > 50;
    for (const collection of [lite(), fine()]) {
      const byId = new Map(collection.features.map((f) => [f.properties.id, f]));
      // Countries the box cuts: at 60°E, at 27°N and at 32°W.
      for (const id of ['RUS', 'KAZ', 'IRN', 'DZA', 'LBY', 'EGY', 'SAU', 'GRL']) {
        const cutEdges = rings(byId.get(id)!.geometry).flatMap((ring) =>
          ring.slice(1).filter((p, i) => onEdge(ring[i]!, p)),
        );
        expect(cutEdges, `${id} has an edge along the box`).toEqual([]);
      }
    }
  });

  it('keeps Russia, Fiji and Antarctica whole on both sides of 180°', () => {
    const byId = new Map(lite().features.map((f) => [f.properties.id, f]));
    for (const id of ['RUS', 'FJI', 'ATA']) {
      const lons = rings(byId.get(id)!.geometry)
        .flat()
        .map((p) => p[0]!);
      expect(Math.min(...lons), id).toBeLessThan(-170);
      expect(Math.max(...lons), id).toBeGreaterThan(170);
    }
  });

  it('cuts a polygon that crosses 180° into pieces on either side', () => {
    const square: Position[] = [
      [170, 10],
      [-170, 10],
      [-170, 20],
      [170, 20],
      [170, 10],
    ];
    const pieces = splitPolygonAtAntimeridian([square]);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) expect(hasAntimeridianJump(piece[0]!)).toBe(false);
    const lons = pieces.flatMap((p) => p[0]!.map((q) => q[0]!));
    expect(lons).toContain(180);
    expect(lons).toContain(-180);
  });
});

describe('the basemap the map reads', () => {
  it('bakes each member’s accession year into its country, and marks partners and the Baltic states', async () => {
    const { loadFactBaseFromDisk } = await import('../../data/build.ts');
    const { membershipOf } = await import('../../data/membership.ts');
    const { Atlas } = await import('../../src/data/atlas.ts');
    const { composeBasemap, labelPoints } = await import('../../geo/basemap.ts');
    const base = loadFactBaseFromDisk('.');
    const atlas = new Atlas(base);
    const countries = lite();
    const basemap = composeBasemap(countries, labelPoints(countries), membershipOf(base));
    const byId = new Map(
      basemap.features
        .filter((f) => f.properties?.['kind'] === 'country')
        .map((f) => [f.properties!['id'] as string, f.properties!]),
    );
    expect(atlas.members.size).toBe(32);
    for (const id of atlas.members.keys()) {
      expect(byId.get(id)?.['joined'], id).toBe(atlas.accessionYear(id));
    }
    expect(byId.get('LVA')).toMatchObject({ joined: 2004, baltic: true });
    expect(byId.get('SWE')).toMatchObject({ joined: 2024 });
    expect(byId.get('UKR')).toMatchObject({ partner: true });
    expect(byId.get('UKR')).not.toHaveProperty('joined');
    expect(byId.get('RUS')).not.toHaveProperty('joined');
    expect(byId.get('RUS')).not.toHaveProperty('partner');
    const kinds = new Set(basemap.features.map((f) => f.properties?.['kind']));
    expect(kinds).toEqual(new Set(['country', 'label']));
    // Nothing the map does not read: no top-level ids, names only on the label points.
    for (const f of basemap.features) expect(f).not.toHaveProperty('id');
    const latvia = basemap.features.filter((f) => f.properties?.['id'] === 'LVA');
    expect(latvia.map((f) => f.properties)).toEqual([
      { kind: 'country', id: 'LVA', joined: 2004, baltic: true },
      { kind: 'label', id: 'LVA', name: 'Latvia', rank: 3 },
    ]);
  });
});
