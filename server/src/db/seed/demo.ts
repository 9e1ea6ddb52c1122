import { AuditActions, AuditEntityTypes, type Role } from '@hongtu/contracts';
import type { DatabaseHandle } from '../connection';
import type { Executor } from '../database';
import type { Clock } from '../../platform/clock';
import { AuditTrail } from '../../platform/audit/audit-trail';
import { hashPassword } from '../../platform/auth/password-hash';
import { organisationsRepository } from '../../features/organisations/organisations.repository';
import type { OrganisationKind } from '@hongtu/contracts';
import { division } from './divisions';
import { enrolDemoSecondFactors } from './demo-second-factor';

/** Wuhan's seven central districts and six new-city districts (DOMAIN.md, "District groups"). */
const CENTRAL = ['420102', '420103', '420104', '420105', '420106', '420107', '420111'];
const NEW_CITY = ['420112', '420113', '420114', '420115', '420116', '420117'];
/** Functional zones have no GB/T 2260 code of their own. */
const ZONES = [
  { code: 'WH-DHGX', name: '东湖高新区' },
  { code: 'WH-JKQ', name: '武汉经开区' },
  { code: 'WH-LKG', name: '临空港经开区' },
  { code: 'WH-CJXQ', name: '长江新区' },
];
const WUCHANG_STREETS = [
  { code: '420106-ZNL', name: '中南路街道' },
  { code: '420106-JYQ', name: '积玉桥街道' },
];
const WUHAN_DEPARTMENTS = [
  { code: 'WH-FGW', name: '武汉市发展和改革委员会' },
  { code: 'WH-TJJ', name: '武汉市统计局' },
  { code: 'WH-SWJ', name: '武汉市商务局（招商局）' },
];

/** Demo password for every demo account; only the demo data has one. */
export const DEMO_PASSWORD = 'Hongtu#2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  organisationCode: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', role: 'system_admin', organisationCode: '420000' },
  { username: 'auditor', displayName: '安全审计员', role: 'auditor', organisationCode: '420000' },
  { username: 'reviewer', displayName: '市发改委审核员', role: 'city_reviewer', organisationCode: '420100' },
  { username: 'leader', displayName: '市领导', role: 'leader', organisationCode: '420100' },
  { username: 'wuchang', displayName: '武昌区发改局填报员', role: 'district_operator', organisationCode: '420106' },
  { username: 'jiangan', displayName: '江岸区发改局填报员', role: 'district_operator', organisationCode: '420102' },
  { username: 'xisaishan', displayName: '西塞山区发改局填报员', role: 'district_operator', organisationCode: '420203' },
  { username: 'fgw', displayName: '市发改委工作人员', role: 'department_staff', organisationCode: 'WH-FGW' },
];

async function addOrg(
  trx: Executor,
  now: string,
  spec: { code: string; name: string; kind: OrganisationKind; divisionCode?: string | null },
  parent: { id: number; path: string } | null,
) {
  return organisationsRepository(trx).insert(
    {
      code: spec.code,
      name: spec.name,
      kind: spec.kind,
      parent_id: parent?.id ?? null,
      division_code: spec.divisionCode ?? null,
      created_at: now,
      updated_at: now,
    },
    parent?.path ?? '/',
  );
}

/**
 * Loads the demo: Hubei → Wuhan (13 districts, 4 functional zones, streets,
 * departments, the three district groups) and Huangshi → 西塞山区 (seed 003),
 * plus one account per role. Does nothing when organisations already exist.
 */
export async function seedDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db } = database;
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const audit = new AuditTrail(db, database.dialect, clock);
  const now = clock.now().toISOString();

  await db.transaction().execute(async (trx) => {
    const hubei = division('42');
    const province = await addOrg(trx, now, { code: hubei.code, name: hubei.name, kind: 'province', divisionCode: hubei.code }, null);
    const wh = division('4201');
    const wuhan = await addOrg(trx, now, { code: wh.code, name: wh.name, kind: 'city', divisionCode: wh.code }, province);
    const ids: Record<string, number> = {};
    for (const code of [...CENTRAL, ...NEW_CITY]) {
      const d = division(code);
      const org = await addOrg(trx, now, { code: d.code, name: d.name, kind: 'district', divisionCode: d.code }, wuhan);
      ids[code] = org.id;
      if (code === '420106') {
        for (const s of WUCHANG_STREETS) await addOrg(trx, now, { ...s, kind: 'street' }, org);
      }
    }
    for (const z of ZONES) ids[z.code] = (await addOrg(trx, now, { ...z, kind: 'zone' }, wuhan)).id;
    const departments = new Map<string, number>();
    for (const dep of WUHAN_DEPARTMENTS) departments.set(dep.code, (await addOrg(trx, now, { ...dep, kind: 'department' }, wuhan)).id);
    // 发改委 and 统计局 read the whole city (docs/DOMAIN.md "Read grants"); 商务局 has no grant yet.
    await trx.insertInto('organisation_read_grants')
      .values(['WH-FGW', 'WH-TJJ'].map((code) => ({ department_id: departments.get(code)!, organisation_id: wuhan.id, created_at: now, created_by: null })))
      .execute();
    const hs = division('4202');
    const huangshi = await addOrg(trx, now, { code: hs.code, name: hs.name, kind: 'city', divisionCode: hs.code }, province);
    const xss = division('420203');
    await addOrg(trx, now, { code: xss.code, name: xss.name, kind: 'district', divisionCode: xss.code }, huangshi);

    const groups = [
      { code: 'WH-CENTRAL', name: '中心城区', members: CENTRAL },
      { code: 'WH-NEWCITY', name: '新城区', members: NEW_CITY },
      { code: 'WH-ZONES', name: '功能区', members: ZONES.map((z) => z.code) },
    ];
    for (const g of groups) {
      const group = await trx.insertInto('organisation_groups').values({ code: g.code, name: g.name, created_at: now }).returning('id').executeTakeFirstOrThrow();
      await trx
        .insertInto('organisation_group_members')
        .values(g.members.map((m) => ({ group_id: group.id, organisation_id: ids[m]! })))
        .execute();
    }

    for (const account of DEMO_ACCOUNTS) {
      const org = await trx.selectFrom('organisations').select('id').where('code', '=', account.organisationCode).executeTakeFirstOrThrow();
      await trx
        .insertInto('users')
        .values({
          username: account.username,
          display_name: account.displayName,
          password_hash: passwordHash,
          role: account.role,
          organisation_id: org.id,
          status: 'active',
          created_at: now,
          updated_at: now,
          password_changed_at: now,
        })
        .execute();
    }
    await enrolDemoSecondFactors(trx, now, DEMO_ACCOUNTS);
    await audit.append(trx, null, { action: AuditActions.systemSeedDemo, entityType: AuditEntityTypes.system, after: { accounts: DEMO_ACCOUNTS.map((a) => a.username) } });
  });
  return true;
}
