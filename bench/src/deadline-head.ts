// `npm run bench -- deadline …` starts here. Node built-ins only: nothing of the server is loaded
// in this process before the run knows which code it measures. By default that is the committed
// HEAD, copied out of git into bench/dist/head (others' unfinished edits in a shared tree stay
// out, and the result names one commit); `--code=<commit>` runs the scenario against the server of
// an earlier commit; `--code=tree` measures the working tree as it is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_DIR = path.resolve(BENCH_DIR, '..');
/** Set in the run started from a copy of HEAD: the commit it measures. */
export const SNAPSHOT_ENV = 'HONGTU_BENCH_SNAPSHOT';

export function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: REPO_DIR, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/**
 * Copies the bench of HEAD, and the server and packages of `rev` (HEAD unless asked otherwise:
 * an earlier commit runs today's scenario against an earlier server), into `dir` and links the
 * workspace packages there.
 */
function copyCommitted(dir: string, rev: string): string {
  const commit = git(['rev-parse', '--verify', `${rev}^{commit}`]);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [what, paths] of [[commit, 'server packages package.json tsconfig.base.json'], ['HEAD', 'bench']] as const) {
    const tar = spawnSync('sh', ['-c', `git archive --format=tar ${what} ${paths} | tar -x -C "${dir}"`], { cwd: REPO_DIR, stdio: 'inherit' });
    if (tar.status !== 0) throw new Error(`could not copy ${paths} of ${what} out of git`);
  }
  const scope = path.join(dir, 'node_modules', '@hongtu');
  fs.mkdirSync(scope, { recursive: true });
  for (const [name, target] of [['domain', 'packages/domain'], ['contracts', 'packages/contracts'], ['server', 'server']] as const) {
    fs.symlinkSync(path.join(dir, target), path.join(scope, name));
  }
  return commit;
}

export async function runDeadlineCommand(argv: string[]): Promise<void> {
  const code = argv.find((a) => a.startsWith('--code='))?.slice('--code='.length) ?? 'head';
  if (code === 'tree' || process.env[SNAPSHOT_ENV]) {
    const { runDeadline } = await import('./deadline');
    await runDeadline(argv);
    return;
  }
  const dir = path.join(BENCH_DIR, 'dist', 'head');
  const commit = copyCommitted(dir, code === 'head' ? 'HEAD' : code);
  console.log(`[deadline] measuring the server of commit ${commit.slice(0, 10)} (copied to bench/dist/head; --code=tree measures the working tree)`);
  const out = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? path.join(BENCH_DIR, 'results');
  const args = ['--import', 'tsx', path.join(dir, 'bench', 'src', 'cli.ts'), 'deadline', ...argv.filter((a) => !a.startsWith('--out=')), `--out=${path.resolve(out)}`];
  const child = spawnSync(process.execPath, args, { cwd: path.join(dir, 'bench'), stdio: 'inherit', env: { ...process.env, [SNAPSHOT_ENV]: commit } });
  // The copy (and the server built in it) goes; --keep leaves it with the database.
  if (!argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`the run of commit ${commit.slice(0, 10)} failed (exit ${child.status ?? child.signal})`);
}
