import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { isJobFinished, type Job } from '@hongtu/contracts';
import { buildApp, type BuildAppOptions } from '../../app';
import { openPostgres, openSqlite, type DatabaseHandle } from '../../db/connection';
import { PG_URL } from '../../test/dialects';
import type { TestApp } from '../../test/test-app';

/** Test support for background jobs: waiting for a job, a second app server on the same database. */

/** What a request's answer looks like to a test: an inject response, or one made from a job's outcome. */
export interface Answer {
  statusCode: number;
  body: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json(): any;
}

const answer = (statusCode: number, value: unknown): Answer => {
  const body = JSON.stringify(value);
  return { statusCode, body, json: () => JSON.parse(body) as unknown };
};

/**
 * Reads the job until it is over (the runner of `runner`, this test's app by default, is waited
 * for between reads), as the caller sees it.
 */
export async function waitForJob(t: TestApp, cookie: string, id: number, options: { locale?: string; runner?: FastifyInstance } = {}): Promise<Job> {
  for (let read = 0; read < 2000; read++) {
    await (options.runner ?? t.app).jobs.runner.idle();
    const response = await t.app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: { cookie, 'accept-language': options.locale ?? 'zh-CN' } });
    if (response.statusCode !== 200) throw new Error(`job ${id}: ${response.statusCode} ${response.body}`);
    const job = response.json() as Job;
    if (isJobFinished(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`job ${id} did not end`);
}

/**
 * The answer of a request that queues a job, as the request itself answered before jobs: the
 * job's result (200) or its error ({ code, message } with its status). A request refused before
 * queuing (400, 403, 404, 413 …) is answered as it is.
 */
export async function settle(t: TestApp, cookie: string, response: LightMyRequestResponse, locale = 'zh-CN'): Promise<Answer> {
  if (response.statusCode !== 202) return response;
  const job = await waitForJob(t, cookie, (response.json() as Job).id, { locale });
  if (job.status === 'succeeded') return answer(200, job.result);
  if (!job.error) throw new Error(`job ${job.id} ended ${job.status} without an error`);
  return answer(job.error.status, { code: job.error.code, message: job.error.message });
}

/**
 * Another app server on the test app's database: its own connection (pool) to the same SQLite
 * file or PostgreSQL schema, its own runner (options.jobs), the same clock unless given one.
 */
export async function secondServer(t: TestApp, options: Partial<Omit<BuildAppOptions, 'database'>> = {}): Promise<{ app: FastifyInstance; database: DatabaseHandle; close(): Promise<void> }> {
  const database = t.database.dialect === 'sqlite' ? openSqlite(t.database.location) : openPostgres(PG_URL, { schema: t.database.location, max: 5 });
  const app = await buildApp({ database, clock: t.clock, logger: false, ...options });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
