import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryCollectionSchema } from '@hongtu/contracts/project-dispatch';
import { checkProjectLocation, isWellFormedBoundary } from '@hongtu/domain';
import { SYNTHETIC_PROJECTS } from '../projects-demo/document-projects';
import { DOCUMENT_EVENTS } from './events';
import { DEMO_LOCATIONS, WUHAN_SCHEMATIC } from './wuhan-schematic';

const DOCUMENTS = path.resolve(import.meta.dirname, '../documents');

describe('the dispatch demo', () => {
  it('takes each event from a sentence of its seed document, with the numbers the sentence states', () => {
    for (const e of DOCUMENT_EVENTS) {
      const text = fs.readFileSync(path.join(DOCUMENTS, e.file), 'utf8');
      expect(text, e.quote).toContain(e.quote);
      if (e.projectCount !== null) expect(e.quote).toContain(String(e.projectCount));
      if (e.totalInvestment !== null) expect(e.quote).toContain(`${e.totalInvestment}亿元`);
    }
  });

  it('ships a schematic the upload would accept, one polygon per district, none overlapping another\'s demo point', () => {
    expect(boundaryCollectionSchema.safeParse(WUHAN_SCHEMATIC).success).toBe(true);
    expect(WUHAN_SCHEMATIC.features).toHaveLength(13);
    for (const f of WUHAN_SCHEMATIC.features) expect(isWellFormedBoundary(f.geometry), String(f.properties.name)).toBe(true);
  });

  it('places every synthetic project of the demo year inside its own district and no other', () => {
    for (const p of SYNTHETIC_PROJECTS) {
      const place = DEMO_LOCATIONS[p.name];
      expect(place, p.name).toBeDefined();
      const own = WUHAN_SCHEMATIC.features.find((f) => f.properties.code === p.organisationCode)!;
      expect(checkProjectLocation(WUHAN_SCHEMATIC, { code: p.organisationCode, name: String(own.properties.name) }, place!)).toBe('inside');
      const others = WUHAN_SCHEMATIC.features.filter((f) => f !== own && checkProjectLocation(WUHAN_SCHEMATIC, { code: String(f.properties.code), name: '' }, place!) === 'inside');
      expect(others.map((f) => f.properties.name)).toEqual([]);
    }
  });
});
