import { memo, useMemo } from 'react';
import type { DocumentFigure } from '@hongtu/contracts/documents';
import { segmentText } from '../model/segments';

const MARK_STYLE: Record<DocumentFigure['status'], React.CSSProperties> = {
  extracted: { background: '#fff1b8' },
  corrected: { background: '#bae0ff' },
  accepted: { background: '#d9f7be' },
  rejected: { background: '#f5f5f5', textDecoration: 'line-through' },
};

/** The document's original text with every extracted figure marked; a click on one selects it. */
export const DocumentText = memo(function DocumentText({ text, figures, selected, onSelect }: {
  text: string;
  figures: readonly DocumentFigure[];
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  const parts = useMemo(() => segmentText(text, figures.map((f) => ({ start: f.start, end: f.end, item: f }))), [text, figures]);
  return (
    <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, fontSize: 15 }} data-testid="document-text">
      {parts.map((p) => (p.mark ? (
        <mark
          key={p.start}
          role="button"
          tabIndex={0}
          data-testid="figure-mark"
          data-figure-id={p.mark.id}
          aria-pressed={selected === p.mark.id}
          onClick={() => onSelect(p.mark!.id)}
          onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(p.mark!.id); } }}
          style={{ ...MARK_STYLE[p.mark.status], cursor: 'pointer', padding: '0 1px', borderRadius: 2, outline: selected === p.mark.id ? '2px solid #1677ff' : undefined }}
        >
          {p.text}
        </mark>
      ) : <span key={p.start}>{p.text}</span>))}
    </div>
  );
});
