import { describe, expect, it } from 'vitest';
import { printCrop } from '../../src/map/print-image.ts';

describe('the part of the map a print shows', () => {
  it('is 3:2 and as large as the visible map allows', () => {
    expect(printCrop(1200, 1600)).toEqual({ x: 0, y: 400, width: 1200, height: 800 });
    expect(printCrop(1200, 400)).toEqual({ x: 300, y: 0, width: 600, height: 400 });
  });

  it('is centred on the selected place, and stays inside the map near its edge', () => {
    expect(printCrop(1200, 1600, { x: 600, y: 300 })).toEqual({
      x: 0,
      y: 0,
      width: 1200,
      height: 800,
    });
    expect(printCrop(1200, 400, { x: 1100, y: 200 })).toMatchObject({ x: 600, y: 0 });
    expect(printCrop(1200, 1600, { x: 600, y: 1000 })).toMatchObject({ y: 600 });
  });

  it('leaves out the map under the bottom sheet, and ignores a place hidden there', () => {
    // A phone: 780 device pixels wide, the lower half under the sheet.
    const crop = printCrop(780, 700, { x: 390, y: 1200 });
    expect(crop).toEqual({ x: 0, y: 90, width: 780, height: 520 });
    expect(crop.y + crop.height).toBeLessThanOrEqual(700);
  });
});
