// The virtual operators and reviewers of the deadline scenario, over HTTP to 127.0.0.1 only.
//
// Each operator is a person at a browser: it acts, waits for the answer, thinks, acts again, until
// the window ends (a closed loop per person, bounded in time; the whole load is bounded by the
// number of people). Every request goes through one keep-alive agent with a socket cap, as through
// the production proxy's upstream pool, and carries the operator's own X-Forwarded-For address and
// a same-origin Origin. Latency is timed per request class from just before the request is handed
// to the agent to the last byte of the answer (waiting for a socket included).
import { performance } from 'node:perf_hooks';
import { isEditableStatus } from '@hongtu/domain';
import {
  DEADLINE_MIX,
  READ_MIX,
  isExpected,
  pick,
  sample,
  uniform,
  type RequestClass,
} from './deadline-mix';
import type { Answer, HttpClient } from './deadline-http';

export { httpClient, type Answer, type HttpClient } from './deadline-http';

/** One indicator an operator is responsible for, with what its value may be this month. */
export interface OwnedIndicator {
  code: string;
  decimals: number;
  /** October's year-to-date value (or level), as a number: November's is drawn from it. */
  base: number;
  /** Cumulative series never fall below October's figure. */
  accumulates: boolean;
  /** The growth is the one reported (at comparable prices), required with each figure. */
  rate?: boolean;
}

/** A reported growth rate in percent, one decimal, 3–9 %: sent with each figure whose indicator requires one. */
export function reportedRate(rand: () => number, indicator: OwnedIndicator): string | null {
  return indicator.rate ? uniform(rand(), 3, 9).toFixed(1) : null;
}

export interface OperatorSpec {
  username: string;
  address: string;
  organisationId: number;
  cityId: number;
  indicators: OwnedIndicator[];
}

export interface ReviewerSpec {
  username: string;
  address: string;
  cityId: number;
}

/** A 2xx save: what was sent and what the server said it stored. */
export interface AckedSave {
  operator: string;
  organisationId: number;
  submissionId: number;
  figures: { code: string; value: string; version: number }[];
  /** When the answer arrived (ms since the window started). */
  at: number;
}

export interface AckedTransition {
  action: 'submit' | 'return';
  actor: string;
  organisationId: number;
  submissionId: number;
  /**
   * The submission's version the move made: the one sent + 1. (The answer shows the month as read
   * after the move, which colleagues may already have saved again.)
   */
  version: number;
  at: number;
}

/** A write that got no answer (timeout, broken connection): it may or may not have been stored. */
export interface UnknownWrite {
  cls: RequestClass;
  organisationId: number;
  codes: string[];
}

export interface RequestRecord {
  cls: RequestClass;
  status: number;
  code?: string | undefined;
  ms: number;
  /** ms since the window started, at the answer. */
  at: number;
}

export interface LoadResult {
  records: RequestRecord[];
  saves: AckedSave[];
  transitions: AckedTransition[];
  unknown: UnknownWrite[];
  /** A save or submit the operator did not send because it saw its month submitted (it reloaded instead). */
  deferred: { save: number; submit: number };
  actions: { read: number; save: number; submit: number };
  windowMs: number;
  /** The first few unexpected answers, to start looking. */
  errorExamples: string[];
}

interface SubmissionBody {
  id: number | null;
  status: string;
  version: number;
  figures: { indicatorCode: string; version: number; ytdValue: string | null }[];
}

const asSubmission = (body: unknown): SubmissionBody | null =>
  typeof body === 'object' && body !== null && 'figures' in body && 'status' in body ? (body as SubmissionBody) : null;

/** A value for November drawn from October's: cumulative series grow 5–15 % in the month, levels move ±3 %. */
export function nextValue(rand: () => number, indicator: OwnedIndicator, current: string | undefined): string {
  const factor = indicator.accumulates ? uniform(rand(), 1.05, 1.15) : uniform(rand(), 0.97, 1.03);
  const scale = 10 ** indicator.decimals;
  let units = Math.round(indicator.base * factor * scale);
  if (indicator.accumulates) units = Math.max(units, Math.ceil(indicator.base * scale));
  let text = (units / scale).toFixed(indicator.decimals);
  // A save always changes the figure: a value equal to the stored one would write nothing.
  if (current !== undefined && Number(text) === Number(current)) text = ((units + 1) / scale).toFixed(indicator.decimals);
  return text;
}

export interface ScenarioOptions {
  periodKey: string;
  windowMs: number;
  thinkMs: [number, number];
  /** A city reviewer returns each submitted month after this long (ms), uniform. */
  returnAfterMs: [number, number];
  rand: () => number;
}

interface OperatorState {
  spec: OperatorSpec;
  cookie: string;
  status: string;
  version: number;
  submissionId: number | null;
  figures: Map<string, { version: number; value: string | undefined }>;
  /** The next action is a reload (after a 409 or a timeout), whatever the mix says. */
  reload: boolean;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs the window: every operator loops read / save / submit by the mix with its think time; every
 * acknowledged submit is returned by the city's reviewer a few seconds later (GET, then POST return
 * of one of the month's figures). Resolves when every operator has finished its last action.
 */
export async function runScenario(
  client: HttpClient,
  operators: { spec: OperatorSpec; cookie: string; submission: SubmissionBody }[],
  reviewers: Map<number, { spec: ReviewerSpec; cookie: string }>,
  options: ScenarioOptions,
): Promise<LoadResult> {
  const { rand, periodKey } = options;
  const result: LoadResult = {
    records: [], saves: [], transitions: [], unknown: [], deferred: { save: 0, submit: 0 },
    actions: { read: 0, save: 0, submit: 0 }, windowMs: options.windowMs, errorExamples: [],
  };
  const started = performance.now();
  const end = started + options.windowMs;
  const now = () => performance.now() - started;
  const pendingReturns = new Set<ReturnType<typeof setTimeout>>();
  const runningReturns = new Set<Promise<void>>();

  const send = async (cls: RequestClass, method: string, path: string, cookie: string, address: string, body?: unknown): Promise<Answer> => {
    const answer = await client.request(method, path, { body, cookie, address });
    result.records.push({ cls, status: answer.status, code: answer.code, ms: answer.ms, at: now() });
    if (!isExpected(answer.status, answer.code) && result.errorExamples.length < 10) {
      result.errorExamples.push(`${cls} ${method} ${path}: ${answer.status} ${answer.code ?? ''} ${JSON.stringify(answer.body).slice(0, 400)}`);
    }
    return answer;
  };
  const monthPath = (organisationId: number) => `/api/submissions/${periodKey}/${organisationId}`;

  const learn = (op: OperatorState, body: unknown) => {
    const s = asSubmission(body);
    if (!s) return;
    op.status = s.status;
    op.version = s.version;
    op.submissionId = s.id;
    for (const f of s.figures) {
      const mine = op.figures.get(f.indicatorCode);
      if (mine) op.figures.set(f.indicatorCode, { version: f.version, value: f.ytdValue ?? undefined });
    }
  };

  const scheduleReturn = (organisationId: number, cityId: number) => {
    const reviewer = reviewers.get(cityId);
    if (!reviewer) return;
    const delay = uniform(rand(), options.returnAfterMs[0], options.returnAfterMs[1]);
    if (now() + delay >= options.windowMs) return;
    const timer = setTimeout(() => {
      pendingReturns.delete(timer);
      const work = (async () => {
        const { spec, cookie } = reviewer;
        const month = await send('review', 'GET', monthPath(organisationId), cookie, spec.address);
        const s = asSubmission(month.body);
        if (month.status !== 200 || !s || s.status !== 'submitted' || s.id === null) return;
        const figure = s.figures[Math.floor(rand() * s.figures.length)]!;
        const body = { version: s.version, reason: '请核实本月数据', figures: [{ indicatorCode: figure.indicatorCode, reason: '与上月相比变化较大，请核实' }] };
        const answer = await send('return', 'POST', `${monthPath(organisationId)}/return`, cookie, spec.address, body);
        const after = asSubmission(answer.body);
        if (answer.status === 200 && after && after.id !== null) {
          result.transitions.push({ action: 'return', actor: spec.username, organisationId, submissionId: after.id, version: s.version + 1, at: now() });
        } else if (answer.status === 0) {
          result.unknown.push({ cls: 'return', organisationId, codes: [] });
        }
      })();
      runningReturns.add(work);
      void work.finally(() => runningReturns.delete(work));
    }, delay);
    pendingReturns.add(timer);
  };

  const reloadMonth = async (op: OperatorState) => {
    const answer = await send('month', 'GET', monthPath(op.spec.organisationId), op.cookie, op.spec.address);
    if (answer.status === 200) {
      learn(op, answer.body);
      op.reload = false;
    }
  };

  const read = async (op: OperatorState) => {
    const kind = pick(rand(), READ_MIX);
    const { organisationId, address } = op.spec;
    if (kind === 'month') return reloadMonth(op);
    if (kind === 'dashboard') {
      await send('dashboard', 'GET', `/api/dashboard/district/${organisationId}?year=${periodKey.slice(0, 4)}`, op.cookie, address);
    } else if (kind === 'periods') {
      await send('periods', 'GET', `/api/periods?year=${periodKey.slice(0, 4)}`, op.cookie, address);
    } else {
      await send('check', 'POST', `${monthPath(organisationId)}/check`, op.cookie, address, {});
    }
  };

  const save = async (op: OperatorState) => {
    const owned = op.spec.indicators;
    const chosen = sample(rand, owned, 1 + Math.floor(rand() * Math.min(3, owned.length)));
    const figures = chosen.map((indicator) => {
      const known = op.figures.get(indicator.code)!;
      return { indicatorCode: indicator.code, ytdValue: nextValue(rand, indicator, known.value), reportedYoy: reportedRate(rand, indicator), note: null, version: known.version };
    });
    const answer = await send('save', 'PUT', `${monthPath(op.spec.organisationId)}/figures`, op.cookie, op.spec.address, { figures });
    if (answer.status === 200) {
      learn(op, answer.body);
      const s = asSubmission(answer.body)!;
      const stored = new Map(s.figures.map((f) => [f.indicatorCode, f.version]));
      result.saves.push({
        operator: op.spec.username, organisationId: op.spec.organisationId, submissionId: s.id!,
        figures: figures.map((f) => ({ code: f.indicatorCode, value: f.ytdValue, version: stored.get(f.indicatorCode) ?? -1 })),
        at: now(),
      });
    } else {
      if (answer.status === 0) result.unknown.push({ cls: 'save', organisationId: op.spec.organisationId, codes: figures.map((f) => f.indicatorCode) });
      op.reload = true;
    }
  };

  const submitOnce = async (op: OperatorState): Promise<Answer> => {
    const sent = op.version;
    const answer = await send('submit', 'POST', `${monthPath(op.spec.organisationId)}/submit`, op.cookie, op.spec.address, { version: sent });
    if (answer.status === 200) {
      learn(op, answer.body);
      const s = asSubmission(answer.body)!;
      result.transitions.push({ action: 'submit', actor: op.spec.username, organisationId: op.spec.organisationId, submissionId: s.id!, version: sent + 1, at: now() });
      scheduleReturn(op.spec.organisationId, op.spec.cityId);
    } else if (answer.status === 0) {
      result.unknown.push({ cls: 'submit', organisationId: op.spec.organisationId, codes: [] });
    }
    return answer;
  };

  /** As the month page does: submit the version on screen; on a 409 reload, then press submit again once. */
  const submit = async (op: OperatorState) => {
    const first = await submitOnce(op);
    if (first.status !== 409) {
      if (first.status !== 200) op.reload = true;
      return;
    }
    await sleep(uniform(rand(), 1000, 2000));
    await reloadMonth(op);
    if (!isEditableStatus(op.status as never) || now() >= options.windowMs) return;
    await sleep(uniform(rand(), 1000, 2000));
    const second = await submitOnce(op);
    if (second.status !== 200) op.reload = true;
  };

  const operator = async (op: OperatorState) => {
    // People don't all click at the same instant: the first action falls anywhere in one think time.
    await sleep(uniform(rand(), 0, options.thinkMs[1]));
    while (performance.now() < end) {
      if (op.reload) {
        await reloadMonth(op);
      } else {
        const action = pick(rand(), DEADLINE_MIX);
        result.actions[action] += 1;
        const editable = isEditableStatus(op.status as never);
        if (action === 'read') await read(op);
        else if (!editable || (action === 'save' && op.spec.indicators.length === 0)) {
          // The month is with the city: the person reloads it instead of editing.
          result.deferred[action] += 1;
          await reloadMonth(op);
        } else if (action === 'save') await save(op);
        else await submit(op);
      }
      const think = uniform(rand(), options.thinkMs[0], options.thinkMs[1]);
      if (performance.now() + think >= end) break;
      await sleep(think);
    }
  };

  const states: OperatorState[] = operators.map(({ spec, cookie, submission }) => {
    const state: OperatorState = {
      spec, cookie, status: 'draft', version: 0, submissionId: null,
      figures: new Map(spec.indicators.map((i) => [i.code, { version: 0, value: undefined }])), reload: false,
    };
    learn(state, submission);
    return state;
  });
  await Promise.all(states.map(operator));
  for (const timer of pendingReturns) clearTimeout(timer);
  await Promise.all([...runningReturns]);
  return result;
}

/** Requests that count as errors (anything but 2xx and the 409s the scenario provokes), and every non-2xx by class and status. */
export function countErrors(records: readonly RequestRecord[]): { errors: number; byStatus: Record<string, number> } {
  const byStatus: Record<string, number> = {};
  let errors = 0;
  for (const r of records) {
    const key = `${r.cls} ${r.status === 0 ? (r.code ?? 'NETWORK') : `${r.status}${r.code ? ` ${r.code}` : ''}`}`;
    if (r.status < 200 || r.status >= 300) byStatus[key] = (byStatus[key] ?? 0) + 1;
    if (!isExpected(r.status, r.code)) errors += 1;
  }
  return { errors, byStatus };
}
