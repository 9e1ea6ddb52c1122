// Small process helpers shared by the test runner: PATH lookup, streaming
// runs with inherited stdio, and captured runs for quick probes.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { delimiter, join } from 'node:path';

/** True if `file` is a regular file we may execute. */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Absolute path of `name` in the given directories (default: PATH), or null. */
export function which(name, dirs = (process.env.PATH ?? '').split(delimiter)) {
  for (const dir of dirs) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

// The child currently streaming, so a signal to us can be passed on to it.
let current = null;

/** Send `signal` to the running step, if any. */
export function killCurrent(signal) {
  current?.kill(signal);
}

/**
 * Run a command with stdio inherited (output streams live) and no shell.
 * Resolves to the exit code; 127 if the command cannot be started.
 */
export function run(cmd, args, { env = process.env, cwd = process.cwd() } = {}) {
  const file = cmd.includes('/') ? cmd : which(cmd, (env.PATH ?? '').split(delimiter));
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  if (!file) {
    console.error(`✗ ${cmd}: not found on PATH`);
    return Promise.resolve(127);
  }
  return new Promise((resolve) => {
    const child = spawn(file, args, { env, cwd, stdio: 'inherit', shell: false });
    current = child;
    const done = (code) => {
      if (current === child) current = null;
      resolve(code);
    };
    child.once('error', (err) => {
      console.error(`✗ ${cmd}: ${err.message}`);
      done(127);
    });
    child.once('exit', (code, signal) => done(code ?? 128 + (osConstants.signals[signal] ?? 0)));
  });
}

/** Run synchronously, capturing output (for short probes that must not stream). */
export function capture(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}
