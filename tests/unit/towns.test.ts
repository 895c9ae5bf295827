import { describe, expect, it } from 'vitest';
import { loadFactBaseFromDisk } from '../../data/build.ts';
import { Atlas } from '../../src/data/atlas.ts';
import { citiesBySpelling, cityOfTown } from '../../src/map/towns.ts';

const atlas = new Atlas(loadFactBaseFromDisk('.'));
const cities = citiesBySpelling(atlas);
const vilnius = atlas.entity('vilnius')!.coordinates!;

describe('a town on the basemap', () => {
  it('is the atlas city of that name where the gazetteer puts it', () => {
    expect(cityOfTown(atlas, cities, { name: 'Vilnius', coordinates: vilnius })).toBe('vilnius');
    expect(cityOfTown(atlas, cities, { name: 'Warsaw', coordinates: [21.01, 52.23] })).toBe(
      'warsaw',
    );
  });

  it('is found by any of its spellings, with or without diacritics', () => {
    expect(cityOfTown(atlas, cities, { name: 'Kiev', coordinates: [30.52, 50.45] })).toBe('kyiv');
    expect(cityOfTown(atlas, cities, { name: 'KYIV', coordinates: [30.52, 50.45] })).toBe('kyiv');
  });

  it('is not a place of the atlas when the atlas has no city of that name', () => {
    expect(cityOfTown(atlas, cities, { name: 'Radviliškis', coordinates: [23.53, 55.81] })).toBe(
      null,
    );
  });

  it('is not the atlas city when a namesake lies elsewhere', () => {
    // A Warsaw in Indiana is not Poland's capital.
    expect(cityOfTown(atlas, cities, { name: 'Warsaw', coordinates: [-85.85, 41.24] })).toBe(null);
  });
});
