import type { CSSProperties } from 'react';

interface ProgressBarProps {
  /** 0–100; outside is drawn at the nearest end. */
  percent: number;
  color: string;
  /** What the bar measures, for screen readers (WCAG 4.1.2). */
  label: string;
  style?: CSSProperties;
}

/**
 * A thin bar as antd's line Progress draws it without its text, named and exposed as a progressbar:
 * antd's Progress (with its circle and steps) would otherwise load with the dashboards' first load.
 */
export function ProgressBar({ percent, color, label, style }: ProgressBarProps) {
  const value = Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value * 100) / 100}
      style={{ height: 8, borderRadius: 100, background: 'rgba(0, 0, 0, 0.06)', overflow: 'hidden', ...style }}
    >
      <div style={{ width: `${value}%`, height: '100%', borderRadius: 100, background: color }} />
    </div>
  );
}
