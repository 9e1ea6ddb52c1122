// System packages npm does not bring: Debian's Chromium (driven by the
// Playwright tests) and a CJK font (the UI is Chinese; without one, pages
// render tofu and screenshots/layout differ). Installed with apt when missing.
import { existsSync } from 'node:fs';
import { capture, run, which } from './proc.mjs';

const CHROMIUM = '/usr/bin/chromium';
const WQY_DIR = '/usr/share/fonts/truetype/wqy';

function hasCjkFont() {
  if (existsSync(WQY_DIR)) return true;
  const fonts = capture('fc-list', [':lang=zh']);
  return fonts.ok && fonts.stdout.trim() !== '';
}

/** Debian package names still needed on this machine. */
export function missingSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-wqy-microhei');
  return missing;
}

function printInstalledVersions(packages) {
  const query = capture('dpkg-query', ['-W', '-f', '  ${Package} ${Version}\n', ...packages]);
  if (query.stdout) console.log(`Installed:\n${query.stdout.trimEnd()}`);
}

/** Install what is missing. Resolves to { status, note } for the summary. */
export async function ensureSystemDeps({ env }) {
  const missing = missingSystemPackages();
  if (missing.length === 0) {
    console.log(`Chromium (${CHROMIUM}) and a CJK font are present; nothing to install.`);
    return { status: 'passed', note: 'already present' };
  }
  console.log(`Missing system packages: ${missing.join(', ')}`);
  const fail = (note) => {
    console.error(`✗ ${note}`);
    return { status: 'failed', note };
  };
  if (!which('apt-get')) return fail(`apt-get not found; install ${missing.join(' ')} by hand`);
  if (process.getuid?.() !== 0) {
    return fail(`must be root to install; run: sudo apt-get install ${missing.join(' ')}`);
  }

  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], { env: aptEnv })) !== 0) return fail('apt-get update failed');
  const install = ['install', '-y', '--no-install-recommends', ...missing];
  if ((await run('apt-get', install, { env: aptEnv })) !== 0) {
    return fail(`apt-get install ${missing.join(' ')} failed`);
  }

  printInstalledVersions(missing);
  const stillMissing = missingSystemPackages();
  if (stillMissing.length > 0) return fail(`still missing after apt: ${stillMissing.join(', ')}`);
  return { status: 'passed', note: `installed ${missing.join(', ')}` };
}
