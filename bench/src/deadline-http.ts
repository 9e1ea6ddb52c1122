// The deadline scenario's wire: one keep-alive agent with a socket cap, as the production proxy's
// upstream pool, to 127.0.0.1 only; each request carries its person's X-Forwarded-For address and a
// same-origin Origin, and is timed from being handed to the agent to the last byte of the answer
// (waiting for a socket included).
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Answer {
  status: number;
  code?: string | undefined;
  body: unknown;
  ms: number;
  cookie?: string | undefined;
}

export interface HttpClient {
  request(method: string, path: string, options: { body?: unknown; cookie?: string | undefined; address: string }): Promise<Answer>;
  close(): void;
}

/** A client for one origin; `timeoutMs` ends a request that got no complete answer (status 0, code TIMEOUT). */
export function httpClient(origin: string, options: { maxSockets: number; timeoutMs: number }): HttpClient {
  const url = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
  return {
    request(method, path, { body, cookie, address }) {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const headers: Record<string, string> = {
        accept: 'application/json',
        origin,
        'x-forwarded-for': address,
        'accept-language': 'zh-CN',
      };
      if (payload) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(payload.length);
      }
      if (cookie) headers.cookie = cookie;
      const started = performance.now();
      return new Promise<Answer>((resolve) => {
        let settled = false;
        const done = (answer: Omit<Answer, 'ms'>) => {
          if (settled) return;
          settled = true;
          resolve({ ...answer, ms: performance.now() - started });
        };
        const req = http.request({ host: url.hostname, port: url.port, method, path, headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', () => done({ status: 0, code: 'NETWORK', body: null }));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = null;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              parsed = text;
            }
            const setCookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('hongtu_session='));
            const code = typeof parsed === 'object' && parsed && 'code' in parsed ? String((parsed as { code: unknown }).code) : undefined;
            done({ status: res.statusCode ?? 0, code, body: parsed, cookie: setCookie?.split(';')[0] });
          });
        });
        req.setTimeout(options.timeoutMs, () => {
          done({ status: 0, code: 'TIMEOUT', body: null });
          req.destroy();
        });
        req.on('error', (error) => done({ status: 0, code: `NETWORK ${error.message}`.slice(0, 80), body: null }));
        if (payload) req.write(payload);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

// ---------------------------------------------------------------------------------------------
