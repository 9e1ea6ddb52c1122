import type { CSSProperties, ReactNode } from 'react';

interface PanelProps {
  title: ReactNode;
  extra?: ReactNode;
  style: CSSProperties;
  children: ReactNode;
  testId?: string;
}

/** A framed big-screen panel with a title bar, placed absolutely on the 1920×1080 stage. */
export function Panel({ title, extra, style, children, testId }: PanelProps) {
  return (
    <section className="hbs-panel" style={style} data-testid={testId}>
      <div className="hbs-panel-title">
        <span>{title}</span>
        {extra}
      </div>
      <div className="hbs-panel-body">{children}</div>
    </section>
  );
}

/** Which of the rotating items is on screen. */
export function RotationDots({ count, active }: { count: number; active: number }) {
  if (count <= 1) return null;
  return (
    <span className="hbs-dots" aria-hidden>
      {Array.from({ length: count }, (_, i) => (
        <i key={i} className={i === active ? 'on' : undefined} />
      ))}
    </span>
  );
}
