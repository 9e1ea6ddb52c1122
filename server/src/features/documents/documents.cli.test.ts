import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { documentsCommand } from './documents.cli';

const SEEDS = path.resolve(import.meta.dirname, '../../db/seed/documents');

describeEachDialect('documents: ingest-folder from the command line', (dialect) => {
  let t: TestApp;
  let folder: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    folder = mkdtempSync(path.join(tmpdir(), 'hongtu-cli-docs-'));
    writeFileSync(path.join(folder, '002.txt'), readFileSync(path.join(SEEDS, '002_5f45327f596e6471.txt')));
    writeFileSync(path.join(folder, '003.txt'), readFileSync(path.join(SEEDS, '003_920ab4668335f224.txt')));
    writeFileSync(path.join(folder, 'english.txt'), 'Nothing here is written in Chinese at all, so it is refused. '.repeat(5));
    writeFileSync(path.join(folder, 'notes.bin'), 'not a document');
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await t.close();
  });

  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await documentsCommand(t.database, t.clock, args, (line) => lines.push(line));
    return { code, lines };
  };

  it('takes in each readable file for the unit named, reports a refused file with its reason and exits 1', async () => {
    const first = await run(['ingest-folder', folder, '--organisation', '420106', '--user', 'wuchang']);
    expect(first.code).toBe(1);
    expect(first.lines).toHaveLength(4);
    expect(first.lines[0]).toMatch(/^taken in +002\.txt \(document \d+, \d+ figures\)$/);
    expect(first.lines[1]).toMatch(/^taken in +003\.txt/);
    expect(first.lines[2]).toMatch(/^refused +english\.txt: .*不是中文文档/);
    expect(first.lines[3]).toBe(`${folder}: 3 file(s): 2 taken in, 0 duplicate, 1 refused`);
    const wuchang = await t.orgId('420106');
    const stored = await t.database.db.selectFrom('documents').select(['organisation_id', 'original_name']).orderBy('id').execute();
    expect(stored).toEqual([{ organisation_id: wuchang, original_name: '002.txt' }, { organisation_id: wuchang, original_name: '003.txt' }]);
    const audited = await t.database.db.selectFrom('audit_log').select(['actor_name', 'organisation_id']).where('action', '=', 'document.ingest').execute();
    expect(audited).toEqual([{ actor_name: 'wuchang', organisation_id: wuchang }, { actor_name: 'wuchang', organisation_id: wuchang }]);
  });

  it('stores nothing twice when run again, and exits 0 when nothing is refused', async () => {
    rmSync(path.join(folder, 'english.txt'));
    const again = await run(['ingest-folder', folder, '--organisation', '420106', '--user', 'wuchang']);
    expect(again.code).toBe(0);
    expect(again.lines.slice(0, 2).every((l) => /^duplicate +00[23]\.txt \(document \d+, already stored\)$/.test(l))).toBe(true);
    expect(again.lines[2]).toBe(`${folder}: 2 file(s): 0 taken in, 2 duplicate, 0 refused`);
    expect(Number((await t.database.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(2);
  });

  it('without --user acts as the first system administrator, for its own unit unless one is named', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'hongtu-cli-docs-'));
    try {
      writeFileSync(path.join(other, '000.txt'), readFileSync(path.join(SEEDS, '000_0042b9a55ec5e1ea.txt')));
      const { code, lines } = await run(['ingest-folder', other]);
      expect([code, lines[1]]).toEqual([0, `${other}: 1 file(s): 1 taken in, 0 duplicate, 0 refused`]);
      const row = await t.database.db.selectFrom('documents as d').innerJoin('users as u', 'u.id', 'd.created_by')
        .select(['u.role', 'd.organisation_id', 'u.organisation_id as user_unit']).where('d.original_name', '=', '000.txt').executeTakeFirstOrThrow();
      expect(row.role).toBe('system_admin');
      expect(row.organisation_id).toBe(row.user_unit);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('refuses a missing folder, an unknown unit or user, and a wrong command with a message', async () => {
    await expect(run(['ingest-folder', path.join(folder, 'missing'), '--user', 'wuchang'])).rejects.toThrow(/无法读取文件夹|cannot be read|無法讀取/);
    await expect(run(['ingest-folder', folder, '--organisation', '999999'])).rejects.toThrow('no organisation with code 999999');
    await expect(run(['ingest-folder', folder, '--user', 'nobody'])).rejects.toThrow('no active user "nobody"');
    await expect(run(['ingest', folder])).rejects.toThrow(/usage: hongtu documents ingest-folder/);
  });
});
