import * as OpenCC from 'opencc-js';

const traditionalToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Text that comes in may be written in Traditional characters (seed 003 is);
 * search and matching work on the Simplified form.
 */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

const simplifiedToTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Text written in Simplified characters as a Traditional reader reads it (the portal's zh-TW pages). */
export function toTraditional(text: string): string {
  return simplifiedToTraditional(text);
}
