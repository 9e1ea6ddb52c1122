import type { ReportCell } from '@hongtu/contracts/reports';

const NAMES: Readonly<Record<NonNullable<ReportCell['card']>, RegExp>> = {
  red: /红牌|紅牌|red card/i,
  yellow: /黄牌|黃牌|yellow card/i,
};

/**
 * Whether a carded cell needs the card named beside its text: a colour alone says nothing to a
 * screen reader or to someone who does not see red, but a cell that already says 红牌 needs no second one.
 */
export function cardNeedsLabel(cell: Pick<ReportCell, 'text' | 'card'>): boolean {
  return cell.card !== undefined && !NAMES[cell.card].test(cell.text);
}
