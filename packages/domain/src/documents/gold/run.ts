// Runs the extraction on a gold document with the context the evaluation uses: the default
// indicator names, the demo organisations (test-context.ts), the document's date and default entity.
import { extractFigures, type ExtractedFigure } from '../figures';
import { testContext } from '../test-context';
import type { GoldDocument } from './evaluate';

export function extractForGold(text: string, gold: GoldDocument, toSimplified: ((t: string) => string) | null): ExtractedFigure[] {
  return extractFigures(
    text,
    testContext({ documentDate: gold.documentDate, defaultEntity: gold.defaultEntity, toSimplified }),
  );
}
