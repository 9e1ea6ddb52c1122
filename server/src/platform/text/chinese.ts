import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

/**
 * A converter built on its first use, not when the module loads. Simplified → Traditional reads the
 * large phrase dictionary (~40 MB of heap, ~75 MB of RSS): built at import, every process that loads
 * this module paid for it — the server, its import and render workers — though only the portal's
 * zh-TW pages use it. Traditional → Simplified costs ~2 MB.
 */
function lazyConverter(options: { from: 'tw' | 'cn'; to: 'tw' | 'cn' }): Convert {
  let convert: Convert | undefined;
  return (text) => {
    convert ??= OpenCC.Converter(options);
    return convert(text);
  };
}

const traditionalToSimplified = lazyConverter({ from: 'tw', to: 'cn' });

/**
 * Text that comes in may be written in Traditional characters (seed 003 is);
 * search and matching work on the Simplified form.
 */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

const simplifiedToTraditional = lazyConverter({ from: 'cn', to: 'tw' });

/** Text written in Simplified characters as a Traditional reader reads it (the portal's zh-TW pages). */
export function toTraditional(text: string): string {
  return simplifiedToTraditional(text);
}
