import type { Insertable } from 'kysely';
import type { TestApp } from '../../test/test-app';
import { unique } from '../../test/permission-fixtures';
import type { ProjectProblemsTable } from './project-problems.table';

/** Test support for problems: records written directly (the API is what the tests exercise). */

/** A department (kind 'department') under the organisation of that code. */
export async function insertDepartment(t: TestApp, parentCode: string, name = '测试职能部门'): Promise<number> {
  const parent = await t.database.db.selectFrom('organisations').select(['id', 'path']).where('code', '=', parentCode).executeTakeFirstOrThrow();
  const row = await t.database.db.insertInto('organisations')
    .values({ code: unique('dep'), name, kind: 'department', parent_id: parent.id, path: '', division_code: null, created_at: 'x', updated_at: 'x' })
    .returning('id').executeTakeFirstOrThrow();
  await t.database.db.updateTable('organisations').set({ path: `${parent.path}${row.id}/` }).where('id', '=', row.id).execute();
  return row.id;
}

/** A problem on the project, with the department, in the given state (version 1); due long ago unless told. */
export async function insertProblem(t: TestApp, projectId: number, departmentId: number, change: Partial<Insertable<ProjectProblemsTable>> = {}): Promise<number> {
  const project = await t.database.db.selectFrom('projects').select('organisation_id').where('id', '=', projectId).executeTakeFirstOrThrow();
  const row = await t.database.db.insertInto('project_problems').values({
    project_id: projectId, organisation_id: project.organisation_id, department_id: departmentId, category: 'land', title: '用地指标未落实',
    description: '', status: 'assigned', deadline_days: 10, raised_on: '2026-01-05', due_on: '2026-01-19', closed_on: null, answer: null,
    supervised_at: null, raised_by: null, raised_at: '2026-01-05T02:00:00.000Z', updated_at: '2026-01-05T02:00:00.000Z', ...change,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
