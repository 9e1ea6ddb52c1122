import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitForExit } from './server-process';

/**
 * The production start: the server built by server/build.mjs (into a folder of its own, inside
 * server/dist so that node_modules resolve as for the real build) runs with plain node — no
 * tsx — on a temp SQLite file; the first administrator comes from the built CLI.
 */
const SERVER_DIR = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'Smoke#Build-2026';

describe('built server (server/build.mjs)', () => {
  let outdir: string;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(() => {
    fs.mkdirSync(path.join(SERVER_DIR, 'dist'), { recursive: true });
    outdir = fs.mkdtempSync(path.join(SERVER_DIR, 'dist', '.smoke-'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-built-'));
    env = { ...process.env, HONGTU_SQLITE_FILE: path.join(dataDir, 'smoke.sqlite'), HONGTU_DATA_DIR: dataDir, LOG_LEVEL: 'error' } as Record<string, string>;
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS; // nothing may load tsx into the built server
    const built = spawnSync(process.execPath, ['build.mjs', '--outdir', outdir], { cwd: SERVER_DIR, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
  });

  afterAll(() => {
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
    const dist = path.join(SERVER_DIR, 'dist');
    if (fs.readdirSync(dist).length === 0) fs.rmdirSync(dist);
  });

  it('emits the entries and refers to no TypeScript source', () => {
    const files = fs.readdirSync(outdir).filter((f) => f.endsWith('.mjs'));
    expect(files).toEqual(expect.arrayContaining(['main.mjs', 'cli.mjs']));
    for (const file of files) {
      const text = fs.readFileSync(path.join(outdir, file), 'utf8');
      expect(text, file).not.toMatch(/['"][^'"\n]*\.(ts|mts)['"]/);
      expect(text, file).not.toMatch(/from ['"]tsx|import\(['"]tsx/);
      expect(text, file).not.toMatch(/from ['"]@hongtu\//);
    }
  });

  it('creates an administrator with the built CLI, starts, signs in and stops', async () => {
    const created = spawnSync(process.execPath, [path.join(outdir, 'cli.mjs'), 'create-admin', 'zhangsan', '--org-name', '武汉市', '--org-code', '420100', '--org-kind', 'city'], {
      cwd: dataDir, env: { ...env, HONGTU_ADMIN_PASSWORD: PASSWORD }, encoding: 'utf8',
    });
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('zhangsan');

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [path.join(outdir, 'main.mjs')], {
      cwd: dataDir, env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      let health: Response | null = null;
      for (const deadline = Date.now() + 30_000; !health && Date.now() < deadline;) {
        if (child.exitCode !== null) throw new Error(`the built server exited: ${stderr}`);
        health = await fetch(`${base}/healthz`).catch(() => null);
        if (!health) await new Promise((r) => setTimeout(r, 100));
      }
      expect(health?.status).toBe(200);
      expect(await health!.json()).toMatchObject({ status: 'ok', database: 'sqlite' });

      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'zhangsan', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ username: 'zhangsan', role: 'system_admin', organisationName: '武汉市' });
    } finally {
      child.kill('SIGTERM');
      await waitForExit(child);
    }
    expect(child.exitCode, stderr).toBe(0);
  });

  it('loads every module the server starts by address (workers, worker jobs) with plain node', () => {
    const addressed = fs.readdirSync(outdir).filter((f) => f.endsWith('.mjs') && !f.startsWith('chunk-') && f !== 'main.mjs' && f !== 'cli.mjs');
    for (const file of addressed) {
      const url = pathToFileURL(path.join(outdir, file)).href;
      const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(url)})`], { env, encoding: 'utf8' });
      expect(loaded.stderr, file).toBe('');
      expect(loaded.status, file).toBe(0);
    }
  });
});
