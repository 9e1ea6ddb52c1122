import type { MonthCrossCheckItem, ReferenceFigure } from '@hongtu/contracts/reference-figures';

/** A number with its unit as the document wrote it: "360 亿元", "8.5%"; a comparator word before it ("不低于 360 亿元"). */
export function writtenAmount(value: string, unit: string | null, comparatorWord = ''): string {
  const glued = unit === null ? value : unit === '%' ? `${value}%` : `${value} ${unit}`;
  return comparatorWord ? `${comparatorWord} ${glued}` : glued;
}

/** The reference and the submission of a cross-check line in words' parts, or null when the part has no reference. */
export function crossCheckParts(item: MonthCrossCheckItem, comparatorWord: (c: NonNullable<ReferenceFigure['comparator']>) => string) {
  const { reference } = item;
  const word = reference.comparator && reference.comparator !== '=' ? comparatorWord(reference.comparator) : '';
  const value = item.value.reference !== null && reference.value !== null
    ? {
        status: item.value.status,
        reference: writtenAmount(reference.value, reference.unit, word),
        submitted: item.value.submitted === null ? null : writtenAmount(item.value.submitted, reference.unit),
        difference: item.value.difference === null ? null : writtenAmount(signed(item.value.difference), reference.unit),
      }
    : null;
  const growth = item.growth.reference !== null
    ? {
        status: item.growth.status,
        reference: writtenAmount(reference.yoyPct ?? item.growth.reference, '%'),
        submitted: item.growth.submitted === null ? null : writtenAmount(item.growth.submitted, '%'),
        difference: item.growth.difference === null ? null : `${signed(item.growth.difference)}`,
      }
    : null;
  return { value, growth };
}

/** "+4", "-4", "0". */
export function signed(text: string): string {
  return text.startsWith('-') || /^0(\.0*)?$/.test(text) ? text : `+${text}`;
}
