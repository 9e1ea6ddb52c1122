import { describe, expect, it } from 'vitest';
import type { Q1Board, Q1Cell } from '@hongtu/contracts';
import { chartPick } from './chartPick';

const cell = (indicatorCode: string, weekly: boolean): Q1Cell => ({
  indicatorCode, annualTarget: null, q1Share: null, linear: true, q1Target: null, monthlyYtd: null, monthlyMonth: null,
  weeklyYtd: null, weeklyWeek: null, ytd: null, ytdSource: null, completion: null, expectedProgress: null, status: null, rank: null,
  weeks: [{ week: 1, ytdValue: weekly ? '3' : null, note: null, version: weekly ? 1 : 0, targetToDate: null }],
} as unknown as Q1Cell);

const board = {
  indicators: [{ code: 'gdp', name: 'GDP' }, { code: 'fai', name: 'FAI' }],
  rows: [
    { organisationId: 1, organisationName: '江岸区', cells: [cell('gdp', false), cell('fai', false)] },
    { organisationId: 2, organisationName: '武昌区', cells: [cell('gdp', false), cell('fai', true)] },
  ],
} as unknown as Q1Board;

describe('the Q1 chart opens on data', () => {
  it('opens on the first district and indicator with weekly figures, not an empty chart', () => {
    const pick = chartPick(board, undefined, undefined);
    expect([pick.row?.organisationId, pick.indicator?.code]).toEqual([2, 'fai']);
  });
  it('keeps the district asked for, on its first indicator with figures', () => {
    const pick = chartPick(board, 2, undefined);
    expect([pick.row?.organisationId, pick.indicator?.code]).toEqual([2, 'fai']);
  });
  it('keeps what was asked for when it has no figures', () => {
    const pick = chartPick(board, 1, 'gdp');
    expect([pick.row?.organisationId, pick.indicator?.code]).toEqual([1, 'gdp']);
  });
});
