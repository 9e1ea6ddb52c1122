/** Parameters of a message: {name} in the text → params.name. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/**
 * Fills the {name} placeholders of a text — the one interpolator of the
 * server's messages. A placeholder without a parameter stays as written, so
 * a gap shows instead of vanishing; `format` words a parameter (e.g. a kind).
 */
export function interpolate(
  template: string,
  params: MessageParams = {},
  format: (key: string, value: string | number) => string = (_key, value) => String(value),
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder: string, key: string) => {
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    return value === undefined ? placeholder : format(key, value);
  });
}
