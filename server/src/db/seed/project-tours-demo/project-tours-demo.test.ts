import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTourCriteria, parseTourScore } from '@hongtu/domain';
import { DOCUMENT_PROJECTS } from '../projects-demo/document-projects';
import { DEMO_TOUR } from './tour';

const DOCUMENTS = path.resolve(import.meta.dirname, '../documents');

describe('the tours\' demo', () => {
  const text = fs.readFileSync(path.join(DOCUMENTS, DEMO_TOUR.file), 'utf8');

  it('takes the tour\'s date and each stop from a sentence of seed 000', () => {
    expect(text).toContain(DEMO_TOUR.quote);
    expect(DEMO_TOUR.quote).toContain('2月16日');
    expect(DEMO_TOUR.tourDate.endsWith('-02-16')).toBe(true);
    for (const stop of DEMO_TOUR.stops) {
      expect(text, stop.quote).toContain(stop.quote);
      // The stop is a project of the demo library cited from the same sentence.
      const project = DOCUMENT_PROJECTS.find((p) => p.name === stop.projectName);
      expect(project, stop.projectName).toBeDefined();
      expect(project!.source?.quote).toBe(stop.quote);
    }
    // 首先 … 随后 …: the route keeps the document's order.
    expect(text.indexOf(DEMO_TOUR.stops[0].quote)).toBeLessThan(text.indexOf(DEMO_TOUR.stops[1].quote));
  });

  it('labels what the document does not state, with criteria and scores the rules accept', () => {
    expect(DEMO_TOUR.note).toContain('示意数据');
    expect(checkTourCriteria(DEMO_TOUR.criteria)).toBeNull();
    for (const byStop of Object.values(DEMO_TOUR.scores)) {
      expect(byStop).toHaveLength(DEMO_TOUR.stops.length);
      for (const typed of byStop) typed.forEach((s, k) => expect(parseTourScore(s, DEMO_TOUR.criteria[k]!.weight), s).not.toBeNull());
    }
  });
});
