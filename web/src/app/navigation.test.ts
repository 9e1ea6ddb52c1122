import { describe, expect, it } from 'vitest';
import { ROLES } from '@hongtu/contracts';
import { menuFor, navKeyOf, safeNext, shortcutsFor } from './navigation';

describe('menuFor', () => {
  it('gives admins users, auditors the audit trail, everyone home and organisations', () => {
    expect(menuFor('system_admin')).toEqual(['home', 'dashboard', 'indicator-settings', 'organisations', 'users']);
    expect(menuFor('auditor')).toEqual(['home', 'organisations', 'audit']);
    for (const role of ROLES) expect(menuFor(role)).toEqual(expect.arrayContaining(['home', 'organisations']));
  });

  it('gives reporting to operators and review and targets to reviewers only', () => {
    for (const role of ROLES) {
      expect(menuFor(role).includes('reporting')).toBe(role === 'district_operator');
      expect(menuFor(role).includes('review')).toBe(role === 'city_reviewer');
      expect(menuFor(role).includes('targets')).toBe(role === 'city_reviewer');
    }
  });

  it('gives the Q1 开门红 page to reviewers, leaders and district operators', () => {
    for (const role of ROLES) {
      expect(menuFor(role).includes('q1')).toBe(role === 'city_reviewer' || role === 'leader' || role === 'district_operator');
    }
    expect(menuFor('leader')).toEqual(['home', 'dashboard', 'q1', 'warnings', 'projects', 'project-problems', 'project-dispatch', 'project-dashboard', 'project-tours', 'enterprises', 'policies', 'investment', 'investment/analysis', 'enterprise-service', 'enterprise-service/board', 'documents', 'reports', 'organisations']);
  });

  it('gives the enterprise registry and the policy library to those who serve enterprises', () => {
    for (const role of ROLES) expect(menuFor(role).includes('enterprises') && menuFor(role).includes('policies')).toBe(role !== 'system_admin' && role !== 'auditor');
  });

  it('gives investment attraction (leads and analysis) to the city, the districts, departments and leaders', () => {
    for (const role of ROLES) {
      const expected = role !== 'system_admin' && role !== 'auditor';
      expect(menuFor(role).includes('investment') && menuFor(role).includes('investment/analysis')).toBe(expected);
    }
  });

  it('gives the indicators\' reporting settings to the city reviewer and the administrator only', () => {
    for (const role of ROLES) expect(menuFor(role).includes('indicator-settings')).toBe(role === 'city_reviewer' || role === 'system_admin');
  });

  it('gives major projects to those who work on them, not to the administrator and the auditor', () => {
    for (const role of ROLES) expect(menuFor(role).includes('projects')).toBe(role !== 'system_admin' && role !== 'auditor');
    // Problems: everyone who works on projects; the dispatch list is the city reviewer's.
    for (const role of ROLES) expect(menuFor(role).includes('project-problems')).toBe(role !== 'system_admin' && role !== 'auditor');
    for (const role of ROLES) expect(menuFor(role).includes('project-problems/dispatch')).toBe(role === 'city_reviewer');
    // The dispatch and the projects' dashboard go with the library.
    for (const role of ROLES) expect(menuFor(role).includes('project-dispatch') && menuFor(role).includes('project-dashboard')).toBe(role !== 'system_admin' && role !== 'auditor');
    // Inspection tours too: the city sets them, districts nominate, judges score, leaders follow theirs.
    for (const role of ROLES) expect(menuFor(role).includes('project-tours')).toBe(role !== 'system_admin' && role !== 'auditor');
  });

  it('gives enterprise service to those who serve enterprises: the city, districts, departments and leaders', () => {
    for (const role of ROLES) {
      const serves = role !== 'system_admin' && role !== 'auditor';
      expect(menuFor(role).includes('enterprise-service') && menuFor(role).includes('enterprise-service/board')).toBe(serves);
    }
  });

  it('gives published documents to those who read them: the city, districts, departments and leaders', () => {
    for (const role of ROLES) expect(menuFor(role).includes('documents')).toBe(role !== 'system_admin' && role !== 'auditor');
    expect(navKeyOf('/documents/12')).toBe('documents');
  });

  it('gives reports to those who work with the figures: the city, districts, departments and leaders', () => {
    for (const role of ROLES) expect(menuFor(role).includes('reports')).toBe(role !== 'system_admin' && role !== 'auditor');
    expect(navKeyOf('/reports/7')).toBe('reports');
  });

  it('gives the portal articles to those who write and publish them: the city reviewer and district operators', () => {
    for (const role of ROLES) expect(menuFor(role).includes('portal-articles')).toBe(role === 'city_reviewer' || role === 'district_operator');
    expect(navKeyOf('/portal-articles/12')).toBe('portal-articles');
  });

  it('gives the portal opportunities to the city reviewer alone', () => {
    for (const role of ROLES) expect(menuFor(role).includes('portal-admin')).toBe(role === 'city_reviewer');
  });

  it('gives the portal submissions inbox to those who answer the public: the city reviewer and district operators', () => {
    for (const role of ROLES) expect(menuFor(role).includes('portal-submissions')).toBe(role === 'city_reviewer' || role === 'district_operator');
  });

  it('gives the enterprise sign-ups to confirm to the city reviewer and district operators', () => {
    for (const role of ROLES) expect(menuFor(role).includes('enterprise-accounts')).toBe(role === 'city_reviewer' || role === 'district_operator');
  });

  it('never gives the audit trail and user management to the same role', () => {
    for (const role of ROLES) {
      const menu = menuFor(role);
      expect(menu.includes('users') && menu.includes('audit')).toBe(false);
    }
  });
});

describe('navKeyOf', () => {
  it('maps paths to menu entries', () => {
    expect(navKeyOf('/')).toBe('home');
    expect(navKeyOf('/organisations/12')).toBe('organisations');
    expect(navKeyOf('/users')).toBe('users');
    expect(navKeyOf('/audit')).toBe('audit');
    expect(navKeyOf('/q1')).toBe('q1');
    expect(navKeyOf('/nowhere')).toBe('home');
    expect(navKeyOf('/dashboard/ranking')).toBe('dashboard');
    expect(navKeyOf('/warning-rules')).toBe('warnings');
    // The dispatch pages highlight their own entries, the problems' pages theirs.
    expect(navKeyOf('/project-problems/dispatch')).toBe('project-problems/dispatch');
    expect(navKeyOf('/project-problems/12')).toBe('project-problems');
    expect(navKeyOf('/project-problems/new')).toBe('project-problems');
    expect(navKeyOf('/project-dispatch')).toBe('project-dispatch');
    expect(navKeyOf('/project-dashboard')).toBe('project-dashboard');
  });
});

describe('shortcutsFor', () => {
  it('offers on the home page every menu entry but home itself', () => {
    for (const role of ROLES) expect(shortcutsFor(role).map((e) => e.key)).toEqual(menuFor(role).filter((k) => k !== 'home'));
  });
});

describe('safeNext', () => {
  it('keeps local paths and refuses other sites', () => {
    expect(safeNext('/organisations/3?x=1')).toBe('/organisations/3?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/login')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
