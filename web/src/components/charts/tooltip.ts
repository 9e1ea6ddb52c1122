// Tooltip HTML for the charts. District and indicator names come from the database, so every
// text is escaped before it meets innerHTML; colours are accepted only as hex literals.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const HEX = /^#[0-9a-f]{3,8}$/i;

export interface TooltipRow {
  label: string;
  value: string;
  /** A dot before the label (series colour), hex only. */
  colour?: string;
}

/** A title line and label / value rows, every text escaped. */
export function tooltipHtml(title: string, rows: readonly TooltipRow[]): string {
  const lines = rows.map((row) => {
    const dot =
      row.colour && HEX.test(row.colour)
        ? `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;background:${row.colour}"></span>`
        : '';
    return `<div style="display:flex;justify-content:space-between;gap:16px"><span>${dot}${escapeHtml(row.label)}</span><b>${escapeHtml(row.value)}</b></div>`;
  });
  return `<div style="min-width:180px"><div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>${lines.join('')}</div>`;
}
