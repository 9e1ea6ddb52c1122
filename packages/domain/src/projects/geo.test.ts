import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkProjectLocation, districtBoundary, isWellFormedBoundary, pointInBoundary, pointInPolygon, pointInRing, type BoundaryCollection, type Ring } from './geo';

const square: Ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
const hole: Ring = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]];
/** An L shape: the notch at the top right is outside. */
const ell: Ring = [[0, 0], [10, 0], [10, 5], [5, 5], [5, 10], [0, 10], [0, 0]];

const collection: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: '420106', name: '武昌区' }, geometry: { type: 'Polygon', coordinates: [[[114.28, 30.50], [114.40, 30.50], [114.40, 30.60], [114.28, 30.60], [114.28, 30.50]]] } },
    { type: 'Feature', properties: { adcode: 420102, name: '江岸区' }, geometry: { type: 'MultiPolygon', coordinates: [[square], [[[20, 20], [30, 20], [30, 30], [20, 20]]]] } },
    { type: 'Feature', properties: { name: '硚口区' }, geometry: { type: 'Polygon', coordinates: [ell] } },
  ],
};

describe('point in polygon', () => {
  it('tells inside from outside, edges and vertices counting as inside', () => {
    expect(pointInRing(5, 5, square)).toBe(true);
    expect(pointInRing(11, 5, square)).toBe(false);
    expect(pointInRing(10, 5, square)).toBe(true);
    expect(pointInRing(0, 0, square)).toBe(true);
    expect(pointInRing(7, 7, ell)).toBe(false);
    expect(pointInRing(2, 8, ell)).toBe(true);
    expect(pointInRing(8, 2, ell)).toBe(true);
  });

  it('leaves out holes but keeps their edges', () => {
    expect(pointInPolygon(5, 5, [square, hole])).toBe(false);
    expect(pointInPolygon(4, 5, [square, hole])).toBe(true);
    expect(pointInPolygon(2, 2, [square, hole])).toBe(true);
  });

  it('reads every part of a MultiPolygon', () => {
    expect(pointInBoundary(28, 22, collection.features[1]!.geometry)).toBe(true);
    expect(pointInBoundary(22, 28, collection.features[1]!.geometry)).toBe(false);
  });

  it('agrees with the rectangle test for any point (property)', () => {
    fc.assert(fc.property(fc.double({ min: -5, max: 15, noNaN: true }), fc.double({ min: -5, max: 15, noNaN: true }), (x, y) => {
      expect(pointInRing(x, y, square)).toBe(x >= 0 && x <= 10 && y >= 0 && y <= 10);
    }));
  });
});

describe('a district\'s boundary and a project\'s location', () => {
  it('finds the district by code, adcode or name', () => {
    expect(districtBoundary(collection, { code: '420106', name: 'x' })?.properties.name).toBe('武昌区');
    expect(districtBoundary(collection, { code: '420102', name: 'x' })?.properties.name).toBe('江岸区');
    expect(districtBoundary(collection, { code: '420104', name: '硚口区' })?.properties.name).toBe('硚口区');
    expect(districtBoundary(collection, { code: '420111', name: '洪山区' })).toBeNull();
  });

  it('checks a coordinate only where a boundary is loaded', () => {
    const wuchang = { code: '420106', name: '武昌区' };
    expect(checkProjectLocation(collection, wuchang, { longitude: 114.33, latitude: 30.54 })).toBe('inside');
    expect(checkProjectLocation(collection, wuchang, { longitude: 114.27, latitude: 30.62 })).toBe('outside');
    expect(checkProjectLocation(collection, wuchang, { longitude: null, latitude: 30.54 })).toBe('no_location');
    expect(checkProjectLocation(null, wuchang, { longitude: 1, latitude: 1 })).toBe('no_boundary');
    expect(checkProjectLocation(collection, { code: '420111', name: '洪山区' }, { longitude: 1, latitude: 1 })).toBe('no_boundary');
  });

  it('accepts closed rings of degrees only', () => {
    expect(isWellFormedBoundary({ type: 'Polygon', coordinates: [square] })).toBe(true);
    expect(isWellFormedBoundary({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toBe(false);
    expect(isWellFormedBoundary({ type: 'Polygon', coordinates: [[[0, 0], [200, 0], [1, 1], [0, 0]]] })).toBe(false);
    expect(isWellFormedBoundary({ type: 'MultiPolygon', coordinates: [] })).toBe(false);
  });
});
