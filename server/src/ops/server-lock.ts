import fs from 'node:fs';

// While a server runs on a SQLite file it holds `<file>.server.pid`: a restore into that file
// would swap it under the running server (which keeps acknowledging writes that are then lost),
// so restore refuses while the lock names a live process.

export const serverLockFile = (sqliteFile: string) => `${sqliteFile}.server.pid`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for this process; refuses when another live process holds it (a stale one is replaced). */
export function holdServerLock(sqliteFile: string): () => void {
  const file = serverLockFile(sqliteFile);
  const holder = lockHolder(sqliteFile);
  if (holder !== null && holder !== process.pid) throw new Error(`another server (pid ${holder}) is running on ${sqliteFile}`);
  fs.writeFileSync(file, String(process.pid));
  return () => {
    if (lockHolder(sqliteFile) === process.pid) fs.rmSync(file, { force: true });
  };
}

/** The live process holding the lock, or null. */
export function lockHolder(sqliteFile: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(serverLockFile(sqliteFile), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
}
