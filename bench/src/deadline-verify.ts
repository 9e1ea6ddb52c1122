// After the window, with the server stopped: every acknowledged write must be in the database —
// each saved figure as the version the server answered, with the value sent; each indicator's
// last acknowledged value as its current one; an audit row per save, submit and return; each
// acknowledged submit and return as a workflow event; each month in the state its last
// acknowledged move left it; and the audit chain must verify (the server's own walk).
import { toScaled } from '@hongtu/domain';
import type { Db } from '@hongtu/server/src/db/database';
import { verifyAuditChain } from '@hongtu/server/src/platform/audit/audit-verify';
import type { AckedSave, AckedTransition, UnknownWrite } from './deadline-load';

export interface Verification {
  savesChecked: number;
  figureValuesChecked: number;
  /** Acknowledged figure versions not found, or found with another value. */
  figureVersionsMissing: number;
  figureVersionsWrongValue: number;
  /** Indicators whose current value is not the last acknowledged one (those an unanswered save touched are left out). */
  currentValueMismatches: number;
  currentValuesUncertain: number;
  /** Acknowledged saves without their `submission.save` audit row (same month, actor and values). */
  saveAuditMissing: number;
  transitionsChecked: number;
  /** Acknowledged submits of a version a colleague had just submitted (answered alike, written once). */
  repeatedTransitions: number;
  transitionEventsMissing: number;
  transitionAuditMissing: number;
  /** Months not in the state their last acknowledged submit or return left them (unanswered moves left out). */
  stateMismatches: number;
  statesUncertain: number;
  monthsSubmittedAtEnd: number;
  auditRows: number;
  chain: { intact: boolean; checked: number; brokenAt: unknown };
  ok: boolean;
  /** The first few problems, to start looking. */
  examples: string[];
}

const scaledText = (value: string | number | bigint | null | undefined): string | null =>
  value === null || value === undefined ? null : BigInt(typeof value === 'number' ? Math.round(value) : value).toString();

/** Pulls {indicator, ytd} pairs out of an audit row's after_json (an array of them for a save). */
function auditFigures(afterJson: string | null): string[] {
  if (!afterJson) return [];
  const parsed = JSON.parse(afterJson) as unknown;
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items
    .filter((x): x is { indicator: string; ytd: string | null } => typeof x === 'object' && x !== null && 'indicator' in x)
    .map((x) => `${x.indicator}=${x.ytd === null ? 'null' : toScaled(x.ytd).toString()}`)
    .sort();
}

export async function verifyDeadline(
  db: Db,
  input: { periodYear: number; periodMonth: number; saves: AckedSave[]; transitions: AckedTransition[]; unknown: UnknownWrite[] },
): Promise<Verification> {
  const examples: string[] = [];
  const note = (text: string) => {
    if (examples.length < 10) examples.push(text);
  };
  const period = await db.selectFrom('reporting_periods').select('id')
    .where('year', '=', input.periodYear).where('month', '=', input.periodMonth).executeTakeFirstOrThrow();
  const submissions = await db.selectFrom('submissions').select(['id', 'organisation_id', 'status', 'version'])
    .where('period_id', '=', period.id).execute();
  const submissionIds = submissions.map((s) => s.id);
  const indicators = new Map((await db.selectFrom('indicators').select(['id', 'code']).execute()).map((i) => [i.id, i.code]));
  const figures = submissionIds.length === 0 ? [] : await db.selectFrom('figures')
    .select(['id', 'submission_id', 'indicator_id', 'ytd_value', 'version'])
    .where('submission_id', 'in', submissionIds).execute();
  const figureKey = (submissionId: number, code: string) => `${submissionId}:${code}`;
  const figureByKey = new Map(figures.map((f) => [figureKey(f.submission_id, indicators.get(f.indicator_id)!), f]));
  const versions = submissionIds.length === 0 ? [] : await db.selectFrom('figure_versions')
    .select(['figure_id', 'version', 'ytd_value']).where('submission_id', 'in', submissionIds).execute();
  const versionValue = new Map(versions.map((v) => [`${v.figure_id}:${v.version}`, scaledText(v.ytd_value as never)]));

  // 1. Every acknowledged figure version, with the value sent.
  let figureValuesChecked = 0;
  let figureVersionsMissing = 0;
  let figureVersionsWrongValue = 0;
  const lastAcked = new Map<string, string>();
  for (const save of input.saves) {
    for (const f of save.figures) {
      figureValuesChecked += 1;
      const figure = figureByKey.get(figureKey(save.submissionId, f.code));
      const stored = figure ? versionValue.get(`${figure.id}:${f.version}`) : undefined;
      const expected = toScaled(f.value).toString();
      if (stored === undefined) {
        figureVersionsMissing += 1;
        note(`save by ${save.operator}: ${f.code} version ${f.version} of submission ${save.submissionId} not stored`);
      } else if (stored !== expected) {
        figureVersionsWrongValue += 1;
        note(`save by ${save.operator}: ${f.code} version ${f.version} stored ${stored}, sent ${expected}`);
      }
      lastAcked.set(figureKey(save.submissionId, f.code), expected);
    }
  }

  // 2. The current value is the last acknowledged one (unless an unanswered save may have come after).
  const submissionOfOrg = new Map(submissions.map((s) => [s.organisation_id, s]));
  const uncertain = new Set<string>();
  for (const u of input.unknown) {
    const s = submissionOfOrg.get(u.organisationId);
    if (s && u.cls === 'save') for (const code of u.codes) uncertain.add(figureKey(s.id, code));
  }
  let currentValueMismatches = 0;
  let currentValuesUncertain = 0;
  for (const [key, expected] of lastAcked) {
    if (uncertain.has(key)) {
      currentValuesUncertain += 1;
      continue;
    }
    const current = scaledText(figureByKey.get(key)?.ytd_value as never);
    if (current !== expected) {
      currentValueMismatches += 1;
      note(`current value of ${key} is ${current}, last acknowledged ${expected}`);
    }
  }

  // 3. An audit row per acknowledged save, matched by month, actor and the figures with their values.
  const auditRows = await db.selectFrom('audit_log').select(['action', 'entity_id', 'actor_name', 'after_json'])
    .where('action', 'in', ['submission.save', 'submission.submit', 'submission.return']).execute();
  const saveAudit = new Map<string, number>();
  const transitionAudit = new Map<string, number>();
  for (const row of auditRows) {
    if (row.action === 'submission.save') {
      const key = `${row.entity_id}|${row.actor_name}|${auditFigures(row.after_json).join(',')}`;
      saveAudit.set(key, (saveAudit.get(key) ?? 0) + 1);
    } else {
      const after = row.after_json ? (JSON.parse(row.after_json) as { version?: number }) : {};
      const key = `${row.action}|${row.entity_id}|${after.version}`;
      transitionAudit.set(key, (transitionAudit.get(key) ?? 0) + 1);
    }
  }
  let saveAuditMissing = 0;
  for (const save of input.saves) {
    const key = `${save.submissionId}|${save.operator}|${save.figures.map((f) => `${f.code}=${toScaled(f.value).toString()}`).sort().join(',')}`;
    const left = saveAudit.get(key) ?? 0;
    if (left > 0) saveAudit.set(key, left - 1);
    else {
      saveAuditMissing += 1;
      note(`no audit row for the save ${key}`);
    }
  }

  // 4. Each acknowledged submit and return: its workflow event and its audit row.
  const events = submissionIds.length === 0 ? [] : await db.selectFrom('submission_events')
    .select(['submission_id', 'action', 'submission_version']).where('submission_id', 'in', submissionIds).execute();
  const eventKeys = new Set(events.map((e) => `${e.submission_id}|${e.action}|${e.submission_version}`));
  // A colleague's submit of the version already submitted is answered as the first one was and
  // writes nothing (submit is idempotent per version): one event and one audit row for both.
  let transitionEventsMissing = 0;
  let transitionAuditMissing = 0;
  const moves = new Map<string, AckedTransition>();
  for (const t of input.transitions) moves.set(`${t.action}|${t.submissionId}|${t.version}`, t);
  const repeatedTransitions = input.transitions.length - moves.size;
  for (const t of moves.values()) {
    if (!eventKeys.has(`${t.submissionId}|${t.action}|${t.version}`)) {
      transitionEventsMissing += 1;
      note(`no ${t.action} event at version ${t.version} of submission ${t.submissionId}`);
    }
    const key = `submission.${t.action}|${t.submissionId}|${t.version}`;
    const left = transitionAudit.get(key) ?? 0;
    if (left > 0) transitionAudit.set(key, left - 1);
    else {
      transitionAuditMissing += 1;
      note(`no audit row ${key}`);
    }
  }

  // 5. Each month is where its last acknowledged move left it.
  // The last move is the one that made the highest version (answers can arrive out of order: a
  // colleague's repeated submit may be answered after the return that followed it).
  const lastMove = new Map<number, AckedTransition>();
  for (const t of input.transitions) {
    const seen = lastMove.get(t.organisationId);
    if (!seen || t.version > seen.version) lastMove.set(t.organisationId, t);
  }
  const movedUnknown = new Set(input.unknown.filter((u) => u.cls === 'submit' || u.cls === 'return').map((u) => u.organisationId));
  let stateMismatches = 0;
  let statesUncertain = 0;
  for (const [organisationId, t] of lastMove) {
    if (movedUnknown.has(organisationId)) {
      statesUncertain += 1;
      continue;
    }
    const s = submissionOfOrg.get(organisationId);
    const expected = t.action === 'submit' ? 'submitted' : 'returned';
    if (s?.status !== expected) {
      stateMismatches += 1;
      note(`month of ${organisationId} is ${s?.status}, its last acknowledged move was ${t.action} at version ${t.version}`);
    }
  }

  // 6. The chain, walked as `hongtu verify` walks it.
  const chain = await verifyAuditChain(db);
  const { n } = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const ok = figureVersionsMissing === 0 && figureVersionsWrongValue === 0 && currentValueMismatches === 0 && saveAuditMissing === 0
    && transitionEventsMissing === 0 && transitionAuditMissing === 0 && stateMismatches === 0 && chain.intact;
  return {
    savesChecked: input.saves.length,
    figureValuesChecked,
    figureVersionsMissing,
    figureVersionsWrongValue,
    currentValueMismatches,
    currentValuesUncertain,
    saveAuditMissing,
    transitionsChecked: input.transitions.length,
    repeatedTransitions,
    transitionEventsMissing,
    transitionAuditMissing,
    stateMismatches,
    statesUncertain,
    monthsSubmittedAtEnd: submissions.filter((s) => s.status === 'submitted').length,
    auditRows: Number(n),
    chain: { intact: chain.intact, checked: chain.checked, brokenAt: chain.brokenAt },
    ok,
    examples,
  };
}
