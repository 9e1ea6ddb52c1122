// Test support for project-dispatch: a small boundary set for 武昌区 and 江岸区 (schematic squares
// around the test projects' coordinates, not real outlines).
import type { BoundaryCollectionInput } from '@hongtu/contracts/project-dispatch';

const square = (lon: number, lat: number, half: number): [number, number][] => [
  [lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half],
];

export const SCHEMATIC_BOUNDARY: BoundaryCollectionInput = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: '420106', name: '武昌区' }, geometry: { type: 'Polygon', coordinates: [square(114.32, 30.54, 0.05)] } },
    { type: 'Feature', properties: { code: '420102', name: '江岸区' }, geometry: { type: 'Polygon', coordinates: [square(114.30, 30.62, 0.03)] } },
    { type: 'Feature', properties: { name: '无此区' }, geometry: { type: 'Polygon', coordinates: [square(100, 30, 0.1)] } },
  ],
};
