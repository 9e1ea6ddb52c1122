// HTML built by the server for the public portal: every interpolated value is escaped unless it
// is already SafeHtml (built by `html` or vouched for with `raw`).

const SAFE = Symbol('SafeHtml');

/** HTML that may be written into a page as it is. */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
  toString(): string;
}

function safe(value: string): SafeHtml {
  return { [SAFE]: true, value, toString: () => value };
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as { [SAFE]?: boolean })[SAFE] === true;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text escaped for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/** HTML already known to be safe (the server's own markup, a sanitised article body). */
export function raw(value: string): SafeHtml {
  return safe(value);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v) => render(v as Interpolation)).join('');
  if (isSafeHtml(value)) return value.value;
  return escapeHtml(String(value));
}

/**
 * html`<p>${text}</p>`: strings and numbers are escaped; SafeHtml (and arrays of it) is nested as it
 * is; null, undefined and false write nothing (for `cond && html\`…\``).
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i += 1) out += render(values[i]!) + strings[i + 1]!;
  return safe(out);
}
