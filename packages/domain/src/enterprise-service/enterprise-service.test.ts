import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDaysBetween } from '../working-days';
import { dec, toPlainString } from '../decimal';
import { fixedText } from '../fixed-point';
import {
  canMoveEnterpriseProblem, enterpriseProblemActions, enterpriseProblemClock, enterpriseProblemDeadlines, enterpriseProblemDueOn,
  isSatisfactionScore, problemCounts, type EnterpriseProblemActionInput,
} from './problems';
import { cultivationMayEnterMonth, cultivationStanding, cultivationTargetProgress } from './cultivation';
import { daysSinceVisit, needsVisit, visitCutoff } from './liaisons';

const calendar = { addWorkingDays, workingDaysBetween };
const district: EnterpriseProblemActionInput = { role: 'district_operator', status: 'submitted', ownDistrict: true, ownDepartment: false, overdue: false };
const department: EnterpriseProblemActionInput = { role: 'department_staff', status: 'submitted', ownDistrict: false, ownDepartment: true, overdue: false };
const city: EnterpriseProblemActionInput = { role: 'city_reviewer', status: 'submitted', ownDistrict: true, ownDepartment: true, overdue: false };

describe('enterprise problem workflow', () => {
  it('lets only the department it was sent to sign for it and answer it', () => {
    expect(canMoveEnterpriseProblem('acknowledge', department)).toBe(true);
    expect(canMoveEnterpriseProblem('answer', department)).toBe(true);
    expect(canMoveEnterpriseProblem('answer', { ...department, ownDepartment: false })).toBe(false);
    expect(canMoveEnterpriseProblem('acknowledge', { ...department, status: 'acknowledged' })).toBe(false);
    expect(canMoveEnterpriseProblem('answer', { ...district, ownDepartment: true })).toBe(false);
  });

  it('closes with the enterprise\'s confirmation recorded by its district, or reopens; only once answered', () => {
    expect(canMoveEnterpriseProblem('confirm', { ...district, status: 'answered' })).toBe(true);
    expect(canMoveEnterpriseProblem('reopen', { ...district, status: 'answered' })).toBe(true);
    expect(canMoveEnterpriseProblem('confirm', { ...district, status: 'acknowledged' })).toBe(false);
    expect(canMoveEnterpriseProblem('confirm', { ...district, status: 'answered', ownDistrict: false })).toBe(false);
    expect(canMoveEnterpriseProblem('confirm', { ...department, status: 'answered' })).toBe(false);
  });

  it('lets the city supervise only an overdue problem and close any open one', () => {
    expect(canMoveEnterpriseProblem('supervise', city)).toBe(false);
    expect(canMoveEnterpriseProblem('supervise', { ...city, overdue: true })).toBe(true);
    expect(canMoveEnterpriseProblem('supervise', { ...city, overdue: true, status: 'answered' })).toBe(false);
    expect(canMoveEnterpriseProblem('close', { ...city, status: 'acknowledged' })).toBe(true);
    expect(canMoveEnterpriseProblem('close', { ...district, status: 'acknowledged' })).toBe(false);
    expect(Object.values(enterpriseProblemActions({ ...city, status: 'closed', overdue: true })).some(Boolean)).toBe(false);
  });

  it('accepts satisfaction 1 to 5, whole', () => {
    expect([0, 1, 3, 5, 6, 2.5, -1].map(isSatisfactionScore)).toEqual([false, true, true, true, false, false, false]);
  });
});

describe('enterprise problem clock', () => {
  it('gives 1 working day to sign for it and the category\'s working days to answer, across 国庆 and its make-up Saturday', () => {
    // Wednesday 30 September 2026: signed for by Thursday 8 October (after 国庆); 用工 (5 working days:
    // 8, 9, Saturday 10 made a working day, 12, 13 October) answered by Tuesday 13 October.
    const d = enterpriseProblemDeadlines(calendar, '2026-09-30', 'labour');
    expect(d).toEqual({ acknowledgeDueOn: '2026-10-08', answerDueOn: '2026-10-13' });
    expect(enterpriseProblemDeadlines(calendar, '2026-03-05', 'land').answerDueOn).toBe('2026-03-26');
    expect(enterpriseProblemDueOn('submitted', d)).toBe('2026-10-08');
    expect(enterpriseProblemDueOn('acknowledged', d)).toBe('2026-10-13');
    expect(enterpriseProblemDueOn('answered', d)).toBeNull();
  });

  it('counts down in working days and is overdue only past the running deadline', () => {
    const before = enterpriseProblemClock(calendar, { dueOn: '2026-10-14', raisedOn: '2026-09-30', closedOn: null, today: '2026-10-09' });
    expect(before).toMatchObject({ overdue: false, workingDaysLeft: 4, overdueWorkingDays: 0 });
    const onDay = enterpriseProblemClock(calendar, { dueOn: '2026-10-14', raisedOn: '2026-09-30', closedOn: null, today: '2026-10-14' });
    expect(onDay).toMatchObject({ overdue: false, workingDaysLeft: 0 });
    const after = enterpriseProblemClock(calendar, { dueOn: '2026-10-14', raisedOn: '2026-09-30', closedOn: null, today: '2026-10-19' });
    expect(after).toMatchObject({ overdue: true, overdueWorkingDays: 3, workingDaysLeft: -3, ageDays: 19 });
    expect(enterpriseProblemClock(calendar, { dueOn: null, raisedOn: '2026-09-30', closedOn: '2026-10-12', today: '2026-12-01' })).toMatchObject({ overdue: false, workingDaysLeft: null, ageDays: 12 });
  });

  it('counts problems collected in a period and those of them solved by its end', () => {
    const rows = [
      { raisedOn: '2019-01-05', closedOn: '2019-01-20' },
      { raisedOn: '2019-01-10', closedOn: '2019-02-20' },
      { raisedOn: '2019-02-01', closedOn: null },
      { raisedOn: '2018-12-30', closedOn: '2019-01-03' },
    ];
    expect(problemCounts(rows, '2019-01-01', '2019-02-15')).toEqual({ collected: 3, solved: 1 });
    expect(problemCounts(rows, '2019-01-01', '2019-03-31')).toEqual({ collected: 3, solved: 2 });
  });
});

describe('liaison visits', () => {
  it('lists an enterprise never visited or not visited for more than N days', () => {
    expect(daysSinceVisit('2026-11-01', '2026-12-01')).toBe(30);
    expect(needsVisit('2026-11-01', '2026-12-01', 30)).toBe(false);
    expect(needsVisit('2026-10-31', '2026-12-01', 30)).toBe(true);
    expect(needsVisit(null, '2026-12-01', 30)).toBe(true);
    expect(visitCutoff('2026-12-01', 30)).toBe('2026-10-31');
  });
});

describe('cultivation', () => {
  it('measures revenue against the statistical threshold exactly', () => {
    const near = cultivationStanding('industry', dec('1850.5'));
    expect([near.reached, toPlainString(near.gapWan), fixedText(near.shareOfThreshold, 2)]).toEqual([false, '149.5', '92.53']);
    const retail = cultivationStanding('retail', dec('500'));
    expect([retail.reached, toPlainString(retail.gapWan)]).toEqual([true, '0']);
    expect(cultivationStanding('catering', dec('199.99')).reached).toBe(false);
    expect(cultivationStanding('wholesale', dec('2000.01')).reached).toBe(true);
  });

  it('may enter the month after its revenue reached the threshold', () => {
    expect(cultivationMayEnterMonth('2026-02', true)).toBe('2026-03');
    expect(cultivationMayEnterMonth('2026-12', true)).toBe('2027-01');
    expect(cultivationMayEnterMonth('2026-02', false)).toBeNull();
  });

  it('tracks "≥ 6 into 规上 in Q1" like an indicator: completed against target against time progress', () => {
    const feb = cultivationTargetProgress({ year: 2026, period: 'q1', target: 6, completed: 2, asOf: { year: 2026, month: 2 } });
    expect([fixedText(feb.completion, 2), fixedText(feb.timeProgress, 2), feb.status]).toEqual(['33.33', '66.67', 'behind']);
    const done = cultivationTargetProgress({ year: 2026, period: 'q1', target: 6, completed: 6, asOf: { year: 2026, month: 5 } });
    expect([fixedText(done.completion, 2), fixedText(done.timeProgress, 2), done.status]).toEqual(['100', '100', 'level']);
    expect(fixedText(cultivationTargetProgress({ year: 2026, period: 'year', target: 10, completed: 0, asOf: { year: 2025, month: 12 } }).timeProgress)).toBe('0');
  });
});
