import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, featureCollection, point, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
  basemapFromSources,
  countriesFromTopology,
  countriesInBands,
  countryId,
  hasAntimeridianJump,
  simplifyArcs,
  splitPolygonAtAntimeridian,
  type WorldTopology,
} from '../../geo/basemap.ts';
import { BALTIC_BOX, EUROPE_BOX } from '../../geo/tiles/bands.ts';
import { readWorldAtlas } from '../../geo/world-atlas.ts';

function rings(geometry: { type: string; coordinates: unknown }): Position[][] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as Position[][])
    : (geometry.coordinates as Position[][][]).flat();
}

/** world-atlas's abbreviations: "Bosnia and Herz.", "Dem. Rep. Congo", "N. Cyprus", "Solomon Is." */
const ABBREVIATION = /\b(Is|I|Rep|Dem|Herz|Fr|Br|St|Geo|Ter|Eq|Barb|Vin|Gren)\.|(^|\s)[NSW]\.\s/;

/** The countries as the basemap draws them: every band, simplified. */
const countries = () => countriesInBands(readWorldAtlas);

async function basemap() {
  const { loadFactBaseFromDisk } = await import('../../data/build.ts');
  const base = loadFactBaseFromDisk('.');
  return { base, basemap: basemapFromSources(readWorldAtlas, base) };
}

/** A topology of countries given as closed rings, one arc each unless they share `arcs`. */
function topology(arcs: Position[][], polygons: { id: string; rings: number[][] }[]) {
  return {
    type: 'Topology',
    arcs,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: polygons.map(({ id, rings }) => ({
          type: 'Polygon',
          id,
          arcs: rings,
          properties: { name: id },
        })),
      },
      land: { type: 'GeometryCollection', geometries: [] },
    },
  } as WorldTopology;
}

describe('basemap countries', () => {
  it('gives every country a unique id and a spelled-out English name', () => {
    const collection = countries();
    const ids = collection.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of collection.features) {
      expect(f.id).toBe(f.properties.id);
      expect(f.properties.id).toMatch(/^([A-Z]{3}|x-[a-z0-9-]+)$/);
      expect(f.properties.name.length).toBeGreaterThan(2);
      expect(f.properties.name).not.toMatch(ABBREVIATION);
    }
  });

  it('keys countries by ISO 3166-1 alpha-3, with stable ids for the uncoded ones', () => {
    const ids = new Set(countries().features.map((f) => f.properties.id));
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
    const byId = new Map(countries().features.map((f) => [f.properties.id, f.properties.name]));
    expect(byId.get('BIH')).toBe('Bosnia and Herzegovina');
    expect(byId.get('COD')).toBe('Democratic Republic of the Congo');
    expect(byId.get('LVA')).toBe('Latvia');
  });

  it('has no ring with a longitude jump over 180°', () => {
    for (const f of countries().features) {
      for (const ring of rings(f.geometry)) {
        expect(hasAntimeridianJump(ring), `${f.properties.id} jumps across 180°`).toBe(false);
      }
    }
  });

  it('draws no border along the edges of the Europe and Baltic boxes, where the detail changes', () => {
    // A country left in pieces where a box cut it has an edge along the box with its own land on
    // both sides; an edge of its outline has land on one side only.
    const edges = [EUROPE_BOX, BALTIC_BOX].flatMap(([west, south, east, north]) => [
      { across: 0, at: [west, east] },
      { across: 1, at: [south, north] },
    ]);
    for (const country of countries().features) {
      for (const ring of rings(country.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1]!, ring[i]!];
          for (const { across, at } of edges) {
            if (a[across] !== b[across] || !at.includes(a[across]!)) continue;
            const middle = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
            const beside = [-1e-6, 1e-6].map((offset) => {
              const p = [...middle];
              p[across] = p[across]! + offset;
              return booleanPointInPolygon(point(p), country, { ignoreBoundary: true });
            });
            expect(beside, `${country.properties.id} at ${a.join(',')}`).not.toEqual([true, true]);
          }
        }
      }
    }
  });

  it('keeps Russia, Fiji and Antarctica whole on both sides of 180°', () => {
    const byId = new Map(countries().features.map((f) => [f.properties.id, f]));
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

  it('draws Estonia at 10m detail, Saaremaa included', () => {
    const estonia = countries().features.find((f) => f.properties.id === 'EST')!;
    expect(booleanPointInPolygon(point([22.5, 58.4]), estonia)).toBe(true);
  });
});

describe('simplified outlines', () => {
  // At zoom 8 a pixel is 0.0027° of longitude; the bay and the cape are 0.03° (11 px) deep.
  const zoom = 8;
  const tolerance = { border: 1, land: 1, sea: 16 };

  it('may close a bay, which the tiles’ water covers, but keeps a cape, which would show', () => {
    // Anticlockwise: a bay into the south coast, a cape out of the north coast.
    const coast: Position[] = [
      [0, 0],
      [0.45, 0],
      [0.48, 0.02],
      [0.5, 0.03],
      [0.52, 0.02],
      [0.55, 0],
      [1, 0],
      [1, 1],
      [0.55, 1],
      [0.52, 1.02],
      [0.5, 1.03],
      [0.48, 1.02],
      [0.45, 1],
      [0, 1],
      [0, 0],
    ];
    const source = topology([coast], [{ id: '233', rings: [[0]] }]);
    const island = countriesFromTopology(simplifyArcs(source, zoom, undefined, tolerance)).get(
      'EST',
    )!;
    expect(booleanPointInPolygon(point([0.5, 0.01]), island), 'the bay').toBe(true);
    expect(booleanPointInPolygon(point([0.5, 1.025]), island), 'the cape').toBe(true);
  });

  it('keeps neighbours’ shared border one line: no gap and no overlap between them', () => {
    // Two countries side by side; the border between them wiggles by less than a pixel.
    const border: Position[] = [
      [0.5, 0],
      [0.5005, 0.25],
      [0.4995, 0.5],
      [0.5005, 0.75],
      [0.5, 1],
    ];
    const westCoast: Position[] = [
      [0.5, 1],
      [0, 1],
      [0, 0],
      [0.5, 0],
    ];
    const eastCoast: Position[] = [
      [0.5, 0],
      [1, 0],
      [1, 1],
      [0.5, 1],
    ];
    const source = topology(
      [border, westCoast, eastCoast],
      [
        { id: '428', rings: [[0, 1]] },
        { id: '440', rings: [[2, ~0]] },
      ],
    );
    const simplified = countriesFromTopology(simplifyArcs(source, zoom, undefined, tolerance));
    const latvia = simplified.get('LVA') as Feature<Polygon | MultiPolygon>;
    const lithuania = simplified.get('LTU') as Feature<Polygon | MultiPolygon>;
    expect(rings(latvia.geometry)[0], 'the wiggles went').not.toContainEqual([0.5005, 0.25]);
    const both = union(featureCollection([latvia, lithuania]))!;
    expect(both.geometry.type, 'one piece: no gap').toBe('Polygon');
    expect(rings(both.geometry), 'no hole').toHaveLength(1);
    expect(area(latvia) + area(lithuania)).toBeCloseTo(area(both), -3);
  });
});

describe('the basemap the map reads', () => {
  it('outlines every country the atlas knows and no other, and names every country', async () => {
    const { base, basemap: collection } = await basemap();
    const atlasCountries = base.entities
      .filter((e) => e.kinds.includes('country'))
      .map((e) => e.id);
    const outlined = collection.features
      .filter((f) => f.properties?.['kind'] === 'country')
      .map((f) => f.properties!['id'] as string);
    expect(outlined.sort()).toEqual([...atlasCountries].sort());
    for (const f of collection.features.filter((f) => f.properties?.['kind'] === 'country')) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
    const labelled = new Set(
      collection.features
        .filter((f) => f.properties?.['kind'] === 'label')
        .map((f) => f.properties!['id'] as string),
    );
    for (const id of [...atlasCountries, 'BLR', 'CHN', 'BRA', 'AUS', 'ZAF']) {
      expect(labelled, id).toContain(id);
    }
  });

  it('bakes each member’s accession year into its country, and marks partners and the Baltic states', async () => {
    const { Atlas } = await import('../../src/data/atlas.ts');
    const { base, basemap: collection } = await basemap();
    const atlas = new Atlas(base);
    const byId = new Map(
      collection.features
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
    const kinds = new Set(collection.features.map((f) => f.properties?.['kind']));
    expect(kinds).toEqual(new Set(['country', 'label']));
    // Nothing the map does not read: no top-level ids, names only on the label points.
    for (const f of collection.features) expect(f).not.toHaveProperty('id');
    const latvia = collection.features.filter((f) => f.properties?.['id'] === 'LVA');
    expect(latvia.map((f) => f.properties)).toEqual([
      { kind: 'country', id: 'LVA', joined: 2004, baltic: true },
      { kind: 'label', id: 'LVA', name: 'Latvia', rank: 3 },
    ]);
  });
});
