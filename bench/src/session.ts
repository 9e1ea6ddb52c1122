import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '@hongtu/server/src/app';
import type { Clock } from '@hongtu/server/src/platform/clock';
import type { BenchDatabase } from './database';

/** The whole application as the server builds it, driven in-process with app.inject (no network). */
export async function startApp(database: BenchDatabase, clock: Clock): Promise<FastifyInstance> {
  const app = await buildApp({ database: database.handle, clock, logger: false });
  await app.ready();
  return app;
}

function cookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const first = [header].flat().find((c): c is string => typeof c === 'string' && c.startsWith('hongtu_session='));
  if (!first) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return first.split(';')[0]!;
}

/** Signs in through the API (argon2 verify included) and returns the Cookie header. */
export async function login(app: FastifyInstance, username: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  return cookieOf(response);
}

/** Throws with the answer when the status is not the expected one (a benchmark of errors measures nothing). */
export function expectStatus(response: LightMyRequestResponse, status: number, what: string): void {
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
