import { describe, expect, it } from 'vitest';
import { projectInputSchema, type Project } from '@hongtu/contracts/projects';
import { emptyForm, entryThreshold, fieldOfPath, formOf, requestOf } from './projectForm';
import { expectedYtd, keyOf, reportableMonths } from './report';

const project: Project = {
  id: 7, organisationId: 12, organisationName: '武昌区', code: '420106-2026-001', name: '滨江数字产业园', level: 'city', category: 'emerging_industry',
  industry: '数字经济', ownerName: '业主', ownerCreditCode: null, totalInvestment: '260000', annualPlan: '60000', planYear: 2026,
  schedule: { kind: 'quarterly', shares: ['20', '50', '75', '100'] }, monthlyPlan: Array.from({ length: 12 }, () => '5000'),
  yearStatus: 'continuing', stage: 'under_construction',
  planned: { signing: null, land: null, planning: null, eia: null, construction_permit: null, start: '2025-04-01', completion: null, production: null },
  actual: { signing: null, land: null, planning: null, eia: null, construction_permit: null, start: '2025-04-10', completion: null, production: null },
  contactLeader: '', responsibleDepartment: '区发改局', taskForce: '', address: '', longitude: null, latitude: null, tags: ['headquarters'],
  source: 'entered', sourceRef: null, sourceQuote: null, version: 3, createdAt: 'x', updatedAt: 'x', actions: { edit: true, approveCity: false }, duplicates: [],
};

describe('project form', () => {
  it('turns a stored project into the form and back into a request the contract accepts', () => {
    const request = requestOf(formOf(project));
    expect(projectInputSchema.safeParse(request).success).toBe(true);
    expect(request).toMatchObject({
      code: '420106-2026-001', ownerCreditCode: null, schedule: { kind: 'quarterly', shares: ['20', '50', '75', '100'] },
      planned: { start: '2025-04-01', signing: null }, actual: { start: '2025-04-10' }, totalInvestment: '260000',
    });
  });

  it('sends a new project without a code (numbered by the server) and with a linear plan', () => {
    const request = requestOf({ ...emptyForm(2026, 12), name: ' 新项目 ', level: 'district', category: 'infrastructure', totalInvestment: '8,000', annualPlan: '3000', yearStatus: 'preparatory', stage: 'land' });
    expect(request).toMatchObject({ name: '新项目', organisationId: 12, schedule: null, totalInvestment: '8,000' });
    expect('code' in request).toBe(false);
    expect(projectInputSchema.safeParse(request).success).toBe(true);
  });

  it('shows the city\'s threshold for city-level projects only', () => {
    expect(entryThreshold('city', 'headquarters')).toBe(10);
    expect(entryThreshold('district', 'headquarters')).toBeNull();
    expect(entryThreshold('city', undefined)).toBeNull();
  });

  it('places the server\'s details on the form\'s fields', () => {
    expect(fieldOfPath('body.actual.start')).toEqual(['actual', 'start']);
    expect(fieldOfPath('body.annualPlan')).toEqual(['annualPlan']);
    expect(fieldOfPath('schedule')).toEqual(['shares']);
  });
});

describe('monthly report arithmetic', () => {
  it('adds this month to last month\'s year to date exactly', () => {
    expect(expectedYtd('1200', 2, '1,370')).toBe('2570');
    expect(expectedYtd('0.1', 2, '0.2')).toBe('0.3');
    expect(expectedYtd(null, 1, '500')).toBe('500');
    expect(expectedYtd(null, 3, '500')).toBeNull();
    expect(expectedYtd('100', 3, 'abc')).toBeNull();
  });

  it('offers the months of the plan year up to the current one', () => {
    const now = new Date('2026-11-30T17:00:00Z'); // 1 December in Shanghai
    expect(reportableMonths(2026, now)).toHaveLength(12);
    expect(reportableMonths(2026, new Date('2026-03-05T02:00:00Z'))).toEqual([1, 2, 3]);
    expect(reportableMonths(2025, now)).toHaveLength(12);
    expect(reportableMonths(2027, now)).toEqual([]);
    expect(keyOf(2026, 3)).toBe('2026-03');
  });
});
