import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { totpCode, totpStepAt, TOTP_WINDOW } from '@hongtu/server/src/platform/auth/totp';
import { buildApp } from '@hongtu/server/src/app';
import type { Clock } from '@hongtu/server/src/platform/clock';
import type { BenchDatabase } from './database';

/**
 * The whole application as the server builds it, driven in-process with app.inject (no network).
 * Requests carry the web app's Origin, as a browser's do: signed-in writes must prove it.
 */
export async function startApp(database: BenchDatabase, clock: Clock): Promise<FastifyInstance> {
  const app = await buildApp({ database: database.handle, clock, logger: false });
  await app.ready();
  sendAsTheWebApp(app);
  return app;
}

/** Gives every injected request the Origin the web app's own fetches send (unless it has one). */
export function sendAsTheWebApp(app: FastifyInstance): void {
  const inject = app.inject.bind(app) as (options: InjectOptions) => Promise<LightMyRequestResponse>;
  (app as { inject: unknown }).inject = (options: InjectOptions) =>
    inject({ ...options, headers: { origin: 'http://localhost', ...(options.headers ?? {}) } });
}

function cookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const first = [header].flat().find((c): c is string => typeof c === 'string' && c.startsWith('hongtu_session='));
  if (!first) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return first.split(';')[0]!;
}

/** The parts of the API's answers the benchmark reads (the contracts package is the server's). */
interface SignedIn { pendingStep?: 'second-factor' | 'enrol-second-factor' | null }
interface Job { id: number; status: string; result: unknown; error: { status: number; code: string } | null }
const isJobFinished = (status: string) => status === 'succeeded' || status === 'failed' || status === 'cancelled';

/** Second factors the benchmark's accounts enrolled, and the last step each used (a code is accepted once). */
const enrolled = new Map<string, { secret: string; lastStep: number }>();

/** A code of the account's secret the server accepts at `now`: the earliest unused step of the window. */
function nextCode(username: string, now: Date): string {
  const factor = enrolled.get(username)!;
  const step = Math.max(totpStepAt(now) - TOTP_WINDOW, factor.lastStep + 1);
  if (step > totpStepAt(now) + TOTP_WINDOW) throw new Error(`${username}: every code of this 30-second window is used`);
  factor.lastStep = step;
  return totpCode(factor.secret, step);
}

/**
 * Signs in through the API (argon2 verify included) and returns the Cookie header. Accounts whose
 * role requires a second factor (city reviewers) enrol at their first sign-in and type the code by
 * `now`, the server's clock, as a person would; an account enrolled by another process passes its
 * stored secret.
 */
export async function login(app: FastifyInstance, username: string, password: string, now: Date = new Date(), enrolledSecret?: string): Promise<string> {
  if (enrolledSecret && !enrolled.has(username)) enrolled.set(username, { secret: enrolledSecret, lastStep: Number.NEGATIVE_INFINITY });
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const step = (response.json() as SignedIn).pendingStep;
  if (!step) return cookieOf(response);
  const headers = { cookie: cookieOf(response) };
  let done: LightMyRequestResponse;
  if (step === 'enrol-second-factor') {
    const started = await app.inject({ method: 'POST', url: '/api/auth/second-factor/enrolment', headers, payload: {} });
    expectStatus(started, 200, `enrolment of ${username}`);
    enrolled.set(username, { secret: (started.json() as { secret: string }).secret, lastStep: Number.NEGATIVE_INFINITY });
    done = await app.inject({ method: 'POST', url: '/api/auth/second-factor/enrolment/confirm', headers, payload: { code: nextCode(username, now) } });
  } else {
    if (!enrolled.has(username)) throw new Error(`${username} has a second factor this run did not enrol`);
    done = await app.inject({ method: 'POST', url: '/api/auth/second-factor/verify', headers, payload: { code: nextCode(username, now) } });
  }
  expectStatus(done, 200, `second step of ${username}`);
  return cookieOf(done);
}

/**
 * The answer of a request that queues a background job (202): read the job until it is over and
 * answer its result (200) or its error, as the request answered before jobs. Other answers as they are.
 */
export async function settleJob(app: FastifyInstance, cookie: string, response: LightMyRequestResponse): Promise<{ statusCode: number; body: string; json(): unknown }> {
  if (response.statusCode !== 202) return response;
  const id = (response.json() as Job).id;
  // Reads 2 ms apart at first, then further apart up to 100 ms, so a long job stays well within the
  // account's rate limit (600 requests a minute).
  for (let pause = 2; ; pause = Math.min(100, pause * 1.5)) {
    const read = await app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: { cookie } });
    expectStatus(read, 200, `job ${id}`);
    const job = read.json() as Job;
    if (isJobFinished(job.status)) {
      const [statusCode, value] = job.status === 'succeeded' ? [200, job.result] : [job.error?.status ?? 500, job.error];
      const body = JSON.stringify(value);
      return { statusCode, body, json: () => JSON.parse(body) as unknown };
    }
    // The runner of this process was woken when the job was queued; a short pause between reads.
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** Throws with the answer when the status is not the expected one (a benchmark of errors measures nothing). */
export function expectStatus(response: Pick<LightMyRequestResponse, 'statusCode' | 'body'>, status: number, what: string): void {
  if (response.statusCode !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.statusCode} ${response.body.slice(0, 600)}`);
  }
}

/** A multipart/form-data body with one file field, as a browser sends an upload. */
export function multipartFile(field: string, fileName: string, contentType: string, content: Buffer): { body: Buffer; contentType: string } {
  const boundary = `----hongtu-bench-${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
