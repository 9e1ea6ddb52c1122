import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_BASE_URL, E2E_PORT } from './support/env';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`port ${port} is in use; set HONGTU_E2E_PORT to a free port`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function waitForHealth(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${E2E_BASE_URL}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Starts the real server with the demo on a fresh data directory; returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // HONGTU_E2E_WEB_DIST names another build of the web app (`cd web && npx vite build --outDir /tmp/… --emptyOutDir`), so that
  // two checkouts' journeys can run side by side without rebuilding each other's web/dist.
  const webDist = process.env.HONGTU_E2E_WEB_DIST ? path.resolve(process.env.HONGTU_E2E_WEB_DIST) : path.join(root, 'web', 'dist');
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`${webDist}/index.html is missing: build the web app first (\`npm run build -w web\`, or run \`npm run test:e2e\`).`);
  }
  await assertPortFree(E2E_PORT);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hongtu-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HONGTU_DATA_DIR: dataDir,
    PORT: String(E2E_PORT),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  };
  delete env.HONGTU_SQLITE_FILE;
  delete env.HONGTU_WEB_DIST;
  if (process.env.HONGTU_E2E_WEB_DIST) env.HONGTU_WEB_DIST = webDist;

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', '--demo'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // The server's whole log in a file the journeys may read (e.g. the proof code the console sender writes outside production).
  const serverLog = createWriteStream(path.join(dataDir, 'server.log'));
  child.stdout?.pipe(serverLog);
  process.env.HONGTU_E2E_SERVER_LOG = path.join(dataDir, 'server.log');
  // Server warnings and errors during the run end up in the test output.
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString()}`));

  try {
    await waitForHealth(child, () => log, 90_000);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
}
