import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { DialectName } from '../db/connection';
import { prepareDatabase } from '../db/prepare';
import { DEMO_PASSWORD, seedDemo } from '../db/seed/demo';
import { createTestDatabase, type TestDatabase } from './dialects';
import { TestClock } from './test-clock';
import { completeSecondStep } from './second-step';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: TestClock;
  /**
   * Signs in through the API (typing the second factor's code, or enrolling one, when asked) and
   * returns the Cookie header for later requests. A user whose password the administrator set is
   * signed in as if they had chosen it already (as the demo accounts have): tests of the password
   * step itself (platform/auth/password-step.test.ts) sign in through /api/auth/login.
   */
  login(username: string, password?: string): Promise<string>;
  /** Id of an organisation by its code (demo codes: 420106 武昌区, 420102 江岸区 …). */
  orgId(code: string): Promise<number>;
  userId(username: string): Promise<number>;
  close(): Promise<void>;
}

export function cookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const first = [header].flat().find((c): c is string => typeof c === 'string' && c.startsWith('hongtu_session='));
  if (!first) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return first.split(';')[0]!;
}

/**
 * Injected requests carry `Origin: http://localhost` (the origin light-my-request's Host names),
 * as the web app's own fetches do, unless a test sets Origin or Sec-Fetch-Site itself. A test of
 * a write without Origin passes `origin: undefined`, which removes the header.
 */
function sendFromTheAppsOwnPage(app: FastifyInstance): void {
  const inject = app.inject.bind(app) as (options: InjectOptions) => Promise<LightMyRequestResponse>;
  (app as { inject: unknown }).inject = (options?: InjectOptions | string) => {
    if (options === undefined) return (inject as unknown as () => unknown)();
    const request: InjectOptions = typeof options === 'string' ? { url: options } : { ...options };
    const headers = { ...(request.headers ?? {}) } as Record<string, unknown>;
    if (!('origin' in headers) && !('sec-fetch-site' in headers)) headers.origin = 'http://localhost';
    if ('origin' in headers && headers.origin === undefined) delete headers.origin;
    request.headers = headers as InjectOptions['headers'];
    return inject(request);
  };
}

/** The real app on a fresh database of the dialect, loaded with the demo organisations and accounts. */
export async function buildTestApp(dialect: DialectName): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const clock = new TestClock();
  await prepareDatabase(database, clock);
  await seedDemo(database, clock);
  const app = await buildApp({ database, clock, logger: false });
  await app.ready();
  sendFromTheAppsOwnPage(app);
  return {
    app,
    database,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      await database.db.updateTable('users').set({ must_change_password: 0 }).where('username', '=', username.trim().toLowerCase()).execute();
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      return cookieOf(await completeSecondStep(app, database.db, clock, response));
    },
    async orgId(code) {
      const row = await database.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return row.id;
    },
    async userId(username) {
      const row = await database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
