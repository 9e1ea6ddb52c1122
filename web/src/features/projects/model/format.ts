// Amounts and rates as the project pages show them: exact decimal text, grouped, never a float.
import { dec, groupThousands, toPlainString } from '@hongtu/domain';

/** "120000.5" → "120,000.50" (万元, two decimals); null → "—". */
export function fmtWan(value: string | null): string {
  return value === null ? '—' : groupThousands(toPlainString(dec(value), 2));
}

/** "8.57" → "8.57%"; null → "—". */
export function fmtRate(value: string | null): string {
  return value === null ? '—' : `${value}%`;
}
