import { describe, expect, it } from 'vitest';
import { problemClock, problemDeadline } from './problem-timing';
import { canMoveProblem, isProblemDeadlineDays, problemActions, type ProblemActionInput } from './problems';

const base: ProblemActionInput = { role: 'district_operator', status: 'assigned', ownProject: true, ownDepartment: false, overdue: false };

describe('problem workflow', () => {
  it('lets the department answer or return an assigned problem, only its own', () => {
    const dept = { ...base, role: 'department_staff' as const, ownProject: false, ownDepartment: true };
    expect(canMoveProblem('answer', dept)).toBe(true);
    expect(canMoveProblem('decline', dept)).toBe(true);
    expect(canMoveProblem('answer', { ...dept, ownDepartment: false })).toBe(false);
    expect(canMoveProblem('answer', { ...dept, status: 'answered' })).toBe(false);
    expect(canMoveProblem('answer', { ...base, ownDepartment: true })).toBe(false); // an operator never answers
  });

  it('lets the raiser close an answered problem or send the answer back, never before it is answered', () => {
    expect(canMoveProblem('close', { ...base, status: 'answered' })).toBe(true);
    expect(canMoveProblem('reopen', { ...base, status: 'answered' })).toBe(true);
    expect(canMoveProblem('close', base)).toBe(false);
    expect(canMoveProblem('close', { ...base, status: 'answered', ownProject: false })).toBe(false);
  });

  it('lets the city reassign a returned problem and supervise only an overdue one', () => {
    const city = { ...base, role: 'city_reviewer' as const };
    expect(canMoveProblem('assign', { ...city, status: 'declined' })).toBe(true);
    expect(canMoveProblem('assign', { ...city, status: 'closed' })).toBe(false);
    expect(canMoveProblem('supervise', city)).toBe(false);
    expect(canMoveProblem('supervise', { ...city, overdue: true })).toBe(true);
  });

  it('lists the actions, nothing on a closed problem', () => {
    const closed = problemActions({ ...base, status: 'closed' });
    expect(Object.values(closed).every((v) => v === false)).toBe(true);
    expect(problemActions(base).attach).toBe(true);
    expect(problemActions({ ...base, role: 'leader' }).attach).toBe(false);
  });

  it('accepts 1 to 60 whole working days', () => {
    expect([0, 1, 60, 61, 2.5].map(isProblemDeadlineDays)).toEqual([false, true, true, false, false]);
  });
});

describe('problem clock', () => {
  it('sets the deadline across 国庆 and its make-up Saturday', () => {
    expect(problemDeadline('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('is overdue only while with the department after its deadline, counted in working days', () => {
    const open = problemClock({ status: 'assigned', raisedOn: '2026-09-30', dueOn: '2026-10-10', closedOn: null, today: '2026-10-13' });
    expect(open).toEqual({ overdue: true, overdueWorkingDays: 2, ageDays: 13, ageWorkingDays: 5, closeWorkingDays: null });
    expect(problemClock({ status: 'answered', raisedOn: '2026-09-30', dueOn: '2026-10-10', closedOn: null, today: '2026-10-13' }).overdue).toBe(false);
    expect(problemClock({ status: 'assigned', raisedOn: '2026-09-30', dueOn: '2026-10-10', closedOn: null, today: '2026-10-10' }).overdue).toBe(false);
  });

  it('gives the time to close in working days', () => {
    const closed = problemClock({ status: 'closed', raisedOn: '2026-09-30', dueOn: '2026-10-10', closedOn: '2026-10-09', today: '2026-12-01' });
    expect(closed.closeWorkingDays).toBe(2);
    expect(closed.ageDays).toBe(9);
  });
});
