import type { SearchSnippet } from '@hongtu/contracts/documents';
import { segmentText } from '../model/segments';

/** A search snippet with its matches marked (ranges from the API; the text is never read as markup). */
export function HighlightedSnippet({ snippet }: { snippet: SearchSnippet }) {
  const parts = segmentText(snippet.text, snippet.highlights.map(([start, end]) => ({ start, end, item: true })));
  return (
    <span data-testid="search-snippet">
      {parts.map((p) => (p.mark ? <mark key={p.start}>{p.text}</mark> : <span key={p.start}>{p.text}</span>))}
    </span>
  );
}
