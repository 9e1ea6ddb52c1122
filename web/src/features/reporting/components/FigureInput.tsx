import type { ClipboardEvent, KeyboardEvent } from 'react';
import { Input, Tooltip } from 'antd';

interface Props {
  label: string;
  value: string;
  error?: string;
  warning?: string;
  onChange: (value: string) => void;
  align?: 'right' | 'left';
  maxLength?: number;
  placeholder?: string;
  /** The cell's key in the grid (focused by Enter / ↑ / ↓ from its neighbours). */
  cell?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void;
}

/** One input cell of the figures table: text as typed (the server normalizes numbers), with its error beside it. */
export function FigureInput({ label, value, error, warning, onChange, align = 'right', maxLength, placeholder, cell, onKeyDown, onPaste }: Props) {
  const problem = error ?? warning;
  return (
    <Tooltip title={problem} open={problem ? undefined : false} color={error ? 'red' : 'orange'}>
      <Input
        size="small"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        status={error ? 'error' : warning ? 'warning' : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        data-grid-cell={cell}
        style={{ textAlign: align }}
      />
    </Tooltip>
  );
}
