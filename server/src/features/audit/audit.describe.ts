// The audit trail in words (issue: "operations and objects in words"): each row's object named as
// a person would name it — 武昌区 2026年10月报送, 张三（zhangsan）, 武汉市统计局 — and a sentence
// made of the action's label (packages/contracts audit-labels.ts), that name and, when the row
// keeps one, the reason. Names come first from the row itself (what the object was called at the
// time: a deleted organisation still reads well), then from the database as it is now; a row
// whose object is gone and kept no name shows its kind and number.
import { AUDIT_LABELS, auditActionSchema, auditEntityTypeSchema, type AuditEntityType, type Locale } from '@hongtu/contracts';
import { chunks } from '../../db/chunks';
import type { Db } from '../../db/database';

/** What describing a row needs of it. */
export interface DescribableRow {
  id: number;
  actor_id: number | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface RowWords {
  actorDisplayName: string | null;
  entityLabel: string | null;
  description: string;
}

interface Words {
  period: (year: number, month: number) => string;
  submission: (organisation: string, period: string) => string;
  target: (organisation: string, year: number, indicator: string) => string;
  responsibility: (organisation: string, year: number, indicator: string) => string;
  q1Week: (organisation: string, year: number, week: number) => string;
  projectReport: (project: string, period: string) => string;
  person: (displayName: string, username: string) => string;
  numbered: (kind: string, id: string) => string;
  /** "action：object", "action: object". */
  sentence: (action: string, object: string) => string;
  /** A read grant: the department and what it may read. */
  grant: (department: string, organisation: string) => string;
  because: (reason: string) => string;
  refusals: Readonly<Record<string, string>>;
}

const ZH_REFUSALS = {
  bad_credentials: '用户名或密码错误', locked: '账户已锁定', disabled: '账户已停用',
  wrong_code: '验证码错误', code_used: '验证码已用过', wrong_recovery_code: '恢复码错误',
};

const WORDS: Readonly<Record<Locale, Words>> = {
  'zh-CN': {
    period: (y, m) => `${y}年${m}月`,
    submission: (o, p) => `${o} ${p}报送`,
    target: (o, y, i) => `${o} ${y}年${i}目标`,
    responsibility: (o, y, i) => `${o} ${y}年${i}责任落实`,
    q1Week: (o, y, w) => `${o} ${y}年开门红第${w}周`,
    projectReport: (p, period) => `${p} ${period}月报`,
    person: (d, u) => `${d}（${u}）`,
    numbered: (k, id) => `${k} #${id}`,
    sentence: (a, o) => `${a}：${o}`,
    grant: (d, o) => `${d} 查看 ${o}`,
    because: (r) => `（原因：${r}）`,
    refusals: ZH_REFUSALS,
  },
  'zh-TW': {
    period: (y, m) => `${y}年${m}月`,
    submission: (o, p) => `${o} ${p}報送`,
    target: (o, y, i) => `${o} ${y}年${i}目標`,
    responsibility: (o, y, i) => `${o} ${y}年${i}責任落實`,
    q1Week: (o, y, w) => `${o} ${y}年開門紅第${w}週`,
    projectReport: (p, period) => `${p} ${period}月報`,
    person: (d, u) => `${d}（${u}）`,
    numbered: (k, id) => `${k} #${id}`,
    sentence: (a, o) => `${a}：${o}`,
    grant: (d, o) => `${d} 查看 ${o}`,
    because: (r) => `（原因：${r}）`,
    refusals: {
      bad_credentials: '使用者名稱或密碼錯誤', locked: '帳戶已鎖定', disabled: '帳戶已停用',
      wrong_code: '驗證碼錯誤', code_used: '驗證碼已用過', wrong_recovery_code: '復原碼錯誤',
    },
  },
  en: {
    period: (y, m) => `${y}-${String(m).padStart(2, '0')}`,
    submission: (o, p) => `${o} report of ${p}`,
    target: (o, y, i) => `${o} ${i} target ${y}`,
    responsibility: (o, y, i) => `${o} ${i} responsibility ${y}`,
    q1Week: (o, y, w) => `${o} Q1 ${y} week ${w}`,
    projectReport: (p, period) => `${p} report of ${period}`,
    person: (d, u) => `${d} (${u})`,
    numbered: (k, id) => `${k} #${id}`,
    sentence: (a, o) => `${a}: ${o}`,
    grant: (d, o) => `${d} reads ${o}`,
    because: (r) => ` (reason: ${r})`,
    refusals: {
      bad_credentials: 'wrong user name or password', locked: 'account locked', disabled: 'account disabled',
      wrong_code: 'wrong code', code_used: 'code used before', wrong_recovery_code: 'wrong recovery code',
    },
  },
};

type Json = Record<string, unknown>;

function parseObject(text: string | null): Json | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const integer = (value: unknown): number | null => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
};
/** "2026-03" → [2026, 3]. */
function periodOf(key: unknown): [number, number] | null {
  const m = typeof key === 'string' ? /^(\d{4})-(\d{2})$/.exec(key) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

interface Parsed {
  row: DescribableRow;
  type: AuditEntityType | null;
  before: Json | null;
  after: Json | null;
}

/** What the rows name that only the database can put a name on, gathered so each table is read once. */
class Lookups {
  readonly users = new Set<number>();
  readonly organisations = new Set<number>();
  readonly organisationCodes = new Set<string>();
  readonly groups = new Set<number>();
  readonly submissions = new Set<number>();
  readonly targets = new Set<number>();
  readonly indicatorCodes = new Set<string>();
  readonly projects = new Set<number>();
  readonly projectCodes = new Set<string>();
  readonly imports = new Set<number>();
}

interface Names {
  users: Map<number, { username: string; displayName: string }>;
  organisations: Map<number, string>;
  organisationsByCode: Map<string, string>;
  groups: Map<number, string>;
  submissions: Map<number, { organisation: string; year: number; month: number }>;
  targets: Map<number, { organisation: string; year: number; indicator: string }>;
  indicators: Map<string, string>;
  projects: Map<number, string>;
  projectsByCode: Map<string, string>;
  imports: Map<number, { file: string; organisationId: number | null }>;
}

function gather(p: Parsed, need: Lookups): void {
  const id = integer(p.row.entity_id);
  const snapshot = p.after ?? p.before;
  if (p.row.actor_id !== null) need.users.add(p.row.actor_id);
  switch (p.type) {
    case 'user': if (id !== null) need.users.add(id); break;
    case 'organisation': if (id !== null) need.organisations.add(id); break;
    case 'organisation_group': if (id !== null) need.groups.add(id); break;
    case 'submission': if (id !== null) need.submissions.add(id); break;
    case 'target': if (id !== null) need.targets.add(id); break;
    case 'project': if (id !== null) need.projects.add(id); break;
    case 'q1_week': { const org = integer(p.row.entity_id?.split('/')[1]); if (org !== null) need.organisations.add(org); break; }
    case 'responsibility': {
      const [, code, indicator] = p.row.entity_id?.split('/') ?? [];
      if (code) need.organisationCodes.add(code);
      if (indicator) need.indicatorCodes.add(indicator);
      break;
    }
    case 'project_report': { const code = text(snapshot?.project); if (code) need.projectCodes.add(code); break; }
    case 'import_batch':
    case 'target_import_batch': {
      if (id !== null) need.imports.add(id);
      const org = integer(snapshot?.organisationId);
      if (org !== null) need.organisations.add(org);
      break;
    }
    default: break;
  }
}

async function inChunks<T, R>(ids: Set<T>, read: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunks([...ids])) out.push(...(await read(part)));
  return out;
}

async function lookUp(db: Db, need: Lookups, locale: Locale): Promise<Names> {
  const indicatorName = locale === 'zh-TW' ? 'name_zh_tw' : locale === 'en' ? 'name_en' : 'name_zh_cn';
  const [users, organisations, byCode, groups, submissions, targets, indicators, projects, projectsByCode, imports] = await Promise.all([
    inChunks(need.users, (ids) => db.selectFrom('users').select(['id', 'username', 'display_name']).where('id', 'in', ids).execute()),
    inChunks(need.organisations, (ids) => db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute()),
    inChunks(need.organisationCodes, (codes) => db.selectFrom('organisations').select(['code', 'name']).where('code', 'in', codes).execute()),
    inChunks(need.groups, (ids) => db.selectFrom('organisation_groups').select(['id', 'name']).where('id', 'in', ids).execute()),
    inChunks(need.submissions, (ids) => db.selectFrom('submissions as s')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id').innerJoin('reporting_periods as p', 'p.id', 's.period_id')
      .select(['s.id', 'o.name', 'p.year', 'p.month']).where('s.id', 'in', ids).execute()),
    inChunks(need.targets, (ids) => db.selectFrom('targets as t')
      .innerJoin('organisations as o', 'o.id', 't.organisation_id').innerJoin('indicators as i', 'i.id', 't.indicator_id')
      .select(['t.id', 't.year', 'o.name', `i.${indicatorName} as indicator`]).where('t.id', 'in', ids).execute()),
    inChunks(need.indicatorCodes, (codes) => db.selectFrom('indicators').select(['code', `${indicatorName} as name`]).where('code', 'in', codes).execute()),
    inChunks(need.projects, (ids) => db.selectFrom('projects').select(['id', 'name']).where('id', 'in', ids).execute()),
    inChunks(need.projectCodes, (codes) => db.selectFrom('projects').select(['code', 'name']).where('code', 'in', codes).execute()),
    inChunks(need.imports, (ids) => db.selectFrom('imports').select(['id', 'file_name', 'organisation_id']).where('id', 'in', ids).execute()),
  ]);
  return {
    users: new Map(users.map((u) => [u.id, { username: u.username, displayName: u.display_name }])),
    organisations: new Map(organisations.map((o) => [o.id, o.name])),
    organisationsByCode: new Map(byCode.map((o) => [o.code, o.name])),
    groups: new Map(groups.map((g) => [g.id, g.name])),
    submissions: new Map(submissions.map((s) => [s.id, { organisation: s.name, year: s.year, month: s.month }])),
    targets: new Map(targets.map((t) => [t.id, { organisation: t.name, year: t.year, indicator: String(t.indicator) }])),
    indicators: new Map(indicators.map((i) => [i.code, String(i.name)])),
    projects: new Map(projects.map((p) => [p.id, p.name])),
    projectsByCode: new Map(projectsByCode.map((p) => [p.code, p.name])),
    imports: new Map(imports.map((i) => [i.id, { file: i.file_name, organisationId: i.organisation_id }])),
  };
}

/** The object of one row in words, or null when the row is about nothing in particular. */
function entityLabel(p: Parsed, names: Names, w: Words, locale: Locale): string | null {
  const raw = p.row.entity_id;
  const id = integer(raw);
  const snapshot = p.after ?? p.before;
  const kind = p.type ? AUDIT_LABELS[locale].entityTypes[p.type] : null;
  const numbered = (fallbackKind: string) => (raw === null ? null : w.numbered(fallbackKind, raw));
  switch (p.type) {
    case null:
      return raw;
    case 'system':
      return null;
    case 'request':
      return raw;
    case 'user': {
      const at = text(snapshot?.displayName) && text(snapshot?.username) ? { displayName: snapshot!.displayName as string, username: snapshot!.username as string } : null;
      const person = at ?? (id !== null ? names.users.get(id) : undefined);
      // A sign-in for a name no account has: the name as typed.
      return person ? w.person(person.displayName, person.username) : raw;
    }
    case 'organisation':
      return text(snapshot?.department) ?? text(snapshot?.name) ?? (id !== null ? names.organisations.get(id) : undefined) ?? numbered(kind!);
    case 'organisation_group':
      return text(snapshot?.name) ?? (id !== null ? names.groups.get(id) : undefined) ?? numbered(kind!);
    case 'indicator_alias':
      return text(snapshot?.alias) ?? numbered(kind!);
    case 'indicator':
      return (raw !== null ? names.indicators.get(raw) : undefined) ?? raw;
    case 'reporting_period': {
      const period = periodOf(raw);
      return period ? w.period(...period) : raw;
    }
    case 'submission': {
      const s = id !== null ? names.submissions.get(id) : undefined;
      return s ? w.submission(s.organisation, w.period(s.year, s.month)) : numbered(kind!);
    }
    case 'target': {
      const target = id !== null ? names.targets.get(id) : undefined;
      return target ? w.target(target.organisation, target.year, target.indicator) : numbered(kind!);
    }
    case 'responsibility': {
      const [year, code, indicator] = raw?.split('/') ?? [];
      const organisation = code ? names.organisationsByCode.get(code) : undefined;
      return organisation && indicator && year
        ? w.responsibility(organisation, Number(year), names.indicators.get(indicator) ?? indicator) : raw;
    }
    case 'q1_week': {
      const [year, org, week] = raw?.split('/') ?? [];
      const organisation = names.organisations.get(integer(org) ?? 0);
      return organisation && year && week ? w.q1Week(organisation, Number(year), Number(week)) : raw;
    }
    case 'warning_rule':
      return text(snapshot?.presetName) ? `${raw} ${snapshot!.presetName as string}` : raw;
    case 'project':
      return text(snapshot?.name) ?? (id !== null ? names.projects.get(id) : undefined) ?? numbered(kind!);
    case 'project_report': {
      const code = text(snapshot?.project);
      const period = periodOf(snapshot?.period);
      const project = code ? (names.projectsByCode.get(code) ?? code) : null;
      return project && period ? w.projectReport(project, w.period(...period)) : numbered(kind!);
    }
    case 'import_batch':
    case 'target_import_batch': {
      const stored = id !== null ? names.imports.get(id) : undefined;
      const file = text(snapshot?.file) ?? stored?.file ?? null;
      const orgId = integer(snapshot?.organisationId) ?? stored?.organisationId ?? null;
      const organisation = orgId !== null ? names.organisations.get(orgId) : undefined;
      const period = periodOf(snapshot?.period);
      const parts = [organisation, period ? w.period(...period) : null, file].filter((x): x is string => Boolean(x));
      return parts.length > 0 ? parts.join(' ') : numbered(kind!);
    }
    case 'project_boundary':
      return text(snapshot?.name) ?? numbered(kind!);
    case 'project_problem': {
      // Later moves record only the state: the problem's title is in its raising row.
      const project = text(snapshot?.project);
      const title = text(snapshot?.title);
      return title ? (project ? `${project} ${title}` : title) : numbered(kind!);
    }
    case 'attachment':
      return text(snapshot?.fileName) ?? numbered(kind!);
    case 'job':
      return raw === null ? null : `#${raw}${text(snapshot?.kind) ? ` ${snapshot!.kind as string}` : ''}`;
    case 'enterprise':
      return text(snapshot?.name) ? `${snapshot!.name as string}${text(snapshot?.creditCode) ? `（${snapshot!.creditCode as string}）` : ''}` : numbered(kind!);
    case 'policy':
      return text(snapshot?.title) ?? numbered(kind!);
    case 'target_document':
    case 'project_tour':
    case 'lead':
    case 'investment_contract':
    case 'investment_activity':
    case 'enterprise_problem':
    case 'enterprise_liaison':
    case 'enterprise_visit':
    case 'cultivation_candidate':
    case 'cultivation_target':
    case 'reference_figure':
    case 'document':
    case 'report':
    case 'report_template':
    case 'portal_article':
    case 'portal_opportunity':
    case 'portal_submission':
    case 'enterprise_account':
      // Named by what their rows record (a name, a title, a file), else by their number.
      return text(snapshot?.name) ?? text(snapshot?.title) ?? text(snapshot?.fileName) ?? numbered(kind!);
  }
}

/** The row as a sentence: the action's label, the object, and a recorded reason. */
function sentence(p: Parsed, label: string | null, locale: Locale, w: Words): string {
  const labels = AUDIT_LABELS[locale];
  const known = auditActionSchema.safeParse(p.row.action);
  if (!known.success) {
    // The safety net's rows ("GET /api/…"): a request, its method and address.
    return w.sentence(labels.entityTypes.request, `${p.row.action.split(' ')[0]} ${p.row.entity_id ?? p.row.action.split(' ')[1] ?? ''}`.trim());
  }
  let object = label;
  if (known.data === 'organisation.read_grant_add' || known.data === 'organisation.read_grant_remove') {
    const granted = text((p.after ?? p.before)?.organisation);
    if (label && granted) object = w.grant(label, granted);
  }
  let words = object ? w.sentence(labels.actions[known.data], object) : labels.actions[known.data];
  const reason = text(p.after?.reason);
  if (reason) words += w.because(w.refusals[reason] ?? reason);
  return words;
}

/** Words for each row, by row id, in the caller's language: one read per table the rows name. */
export async function describeRows(db: Db, rows: readonly DescribableRow[], locale: Locale): Promise<Map<number, RowWords>> {
  const parsed: Parsed[] = rows.map((row) => {
    const type = auditEntityTypeSchema.safeParse(row.entity_type);
    return { row, type: type.success ? type.data : null, before: parseObject(row.before_json), after: parseObject(row.after_json) };
  });
  const need = new Lookups();
  for (const p of parsed) gather(p, need);
  const names = await lookUp(db, need, locale);
  const w = WORDS[locale];
  return new Map(parsed.map((p) => {
    const label = entityLabel(p, names, w, locale);
    return [p.row.id, {
      actorDisplayName: p.row.actor_id !== null ? (names.users.get(p.row.actor_id)?.displayName ?? null) : null,
      entityLabel: label,
      description: sentence(p, label, locale, w),
    }];
  }));
}
