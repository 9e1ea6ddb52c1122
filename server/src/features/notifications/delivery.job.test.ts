// E-mail delivery of a reminder (催报) through a gateway that is down for a while: the job waits
// longer after each failure instead of asking the gateway again at once, and delivers once it is back.
// The gateway is a real HTTP server on this machine, configured as an installation configures it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { DELIVER_JOB, DELIVERY_RETRY_DELAYS_MS } from './delivery.job';

describeEachDialect('notifications: e-mail delivery waits longer after each gateway failure', (dialect) => {
  let t: TestApp;
  let gateway: http.Server;
  /** Answers the gateway gives, in order (then 200); the bodies it was sent. */
  const answers: number[] = [];
  const received: Array<{ status: number; body: { channel: string; to: string; text: string } }> = [];
  const before = process.env.HONGTU_NOTIFY_EMAIL_URL;

  beforeAll(async () => {
    gateway = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      request.on('end', () => {
        const status = answers.shift() ?? 200;
        received.push({ status, body: JSON.parse(body) as { channel: string; to: string; text: string } });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    process.env.HONGTU_NOTIFY_EMAIL_URL = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.HONGTU_NOTIFY_EMAIL_URL;
    else process.env.HONGTU_NOTIFY_EMAIL_URL = before;
    await t.close();
    await new Promise((resolve) => gateway.close(resolve));
  });

  const runDue = async () => {
    t.app.jobs.runner.wake();
    await t.app.jobs.runner.idle();
  };
  const deliveryJob = () => t.database.db.selectFrom('jobs').select(['id', 'status', 'attempts', 'run_after', 'updated_at'])
    .where('kind', '=', DELIVER_JOB).orderBy('id', 'desc').executeTakeFirstOrThrow();

  it('a reminder e-mailed while the gateway refuses: 30 s, 2 min, 10 min, then delivered, never asked again before its wait', async () => {
    const reviewer = await t.login('reviewer');
    const period = await t.app.inject({ method: 'POST', url: '/api/periods', headers: { cookie: reviewer }, payload: { year: 2026, month: 1, deadlineDate: '2026-02-05' } });
    expect(period.statusCode, period.body).toBe(201);
    answers.push(503, 503, 503);
    const reminded = await t.app.inject({ method: 'POST', url: '/api/notifications/reminders', headers: { cookie: reviewer }, payload: { periodKey: '2026-01' } });
    expect(reminded.statusCode, reminded.body).toBe(200);

    const waits: number[] = [];
    for (let run = 1; run <= 3; run++) {
      await runDue();
      const job = await deliveryJob();
      expect(job).toMatchObject({ status: 'queued', attempts: run });
      const wait = Date.parse(job.run_after) - Date.parse(job.updated_at);
      waits.push(wait);
      // not run again before its wait is over
      const asked = received.length;
      await runDue();
      expect(received.length).toBe(asked);
      t.clock.advanceMinutes(wait / 60_000);
    }
    expect(waits).toEqual(DELIVERY_RETRY_DELAYS_MS.slice(0, 3));
    await runDue();
    expect(await deliveryJob()).toMatchObject({ status: 'succeeded', attempts: 4 });
    const delivered = received.filter((r) => r.status === 200);
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.every((r) => r.body.channel === 'email' && r.body.text.includes('催报'))).toBe(true);
  });
});
