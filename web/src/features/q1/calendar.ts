import type { Q1Board } from '@hongtu/contracts';

/** The year in Asia/Shanghai (UTC+8), like the server's calendar. */
export function shanghaiYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

/** Week to record: this week in Q1, the last week after Q1, the first before it. */
export function defaultWeek(board: Pick<Q1Board, 'currentWeek' | 'weeksElapsed'>): number {
  return board.currentWeek ?? (board.weeksElapsed >= 13 ? 13 : 1);
}
