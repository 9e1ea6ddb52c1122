// The job queue's writer thread on SQLite (started by job-writer.ts): a connection of its own to the
// application's database file, opened as the server opens it (WAL, synchronous=FULL, so every commit
// is on disk before it is answered), running the runners' bookkeeping writes — claim, lease and
// progress, success, release — so that their synchronous commits (an fsync each, ~17 ms on a slow
// disk) wait here and not on the server's event loop. Plain JavaScript: it needs only better-sqlite3,
// and starts without compiling anything. Each write is one statement or one BEGIN IMMEDIATE
// transaction, never held open between messages.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** The writer's connection and its answers to the server's thread. */
function serve(port, file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const marks = (values) => values.map(() => '?').join(', ');

  /** The oldest job the runner can take (queued, or running on an expired lease with attempts left), taken. */
  const claim = db.transaction(({ owner, kinds, exclude, at, until }) => {
    const candidate = db.prepare(`select id from jobs where kind in (${marks(kinds)}) and run_after <= ?
      and (status = 'queued' or (status = 'running' and lease_expires_at < ? and attempts < max_attempts))
      ${exclude.length > 0 ? `and id not in (${marks(exclude)})` : ''} order by id limit 1`).get(...kinds, at, at, ...exclude);
    if (!candidate) return undefined;
    return db.prepare(`update jobs set status = 'running', lease_owner = ?, lease_expires_at = ?, updated_at = ?,
      attempts = attempts + 1, started_at = coalesce(started_at, ?) where id = ? returning *`).get(owner, until, at, at, candidate.id);
  });

  const extendLease = db.prepare(`update jobs set lease_expires_at = ?, updated_at = ?
    where id = ? and lease_owner = ? and status = 'running'`);
  const extendLeaseWithProgress = db.prepare(`update jobs set lease_expires_at = ?, updated_at = ?, progress_done = ?, progress_total = ?, progress_phase = ?
    where id = ? and lease_owner = ? and status = 'running'`);

  function heartbeat({ id, owner, until, at, progress }) {
    const result = progress
      ? extendLeaseWithProgress.run(until, at, progress.done, progress.total, progress.phase, id, owner)
      : extendLease.run(until, at, id, owner);
    return result.changes === 1;
  }

  const SUCCEEDED = `status = 'succeeded', result_json = ?, finished_at = ?, updated_at = ?, lease_expires_at = null,
    error_status = null, error_code = null, error_params_json = null`;
  const succeedDone = db.prepare(`update jobs set ${SUCCEEDED}, progress_done = coalesce(progress_total, progress_done)
    where id = ? and lease_owner = ? and status = 'running'`);
  const succeedWithProgress = db.prepare(`update jobs set ${SUCCEEDED}, progress_done = ?, progress_total = ?, progress_phase = ?
    where id = ? and lease_owner = ? and status = 'running'`);
  const deleteUpload = db.prepare('delete from job_blobs where job_id = ?');

  /** The run succeeded: its result and last progress kept, its upload deleted; false when the lease was lost. */
  const succeed = db.transaction(({ id, owner, resultJson, at, progress }) => {
    const updated = progress
      ? succeedWithProgress.run(resultJson, at, at, progress.total ?? progress.done, progress.total, progress.phase, id, owner)
      : succeedDone.run(resultJson, at, at, id, owner);
    if (updated.changes !== 1) return false;
    deleteUpload.run(id);
    return true;
  });

  const releaseJob = db.prepare(`update jobs set status = 'queued', lease_owner = null, lease_expires_at = null, run_after = ?, updated_at = ?
    where id = ? and lease_owner = ? and status = 'running'`);

  const operations = {
    claim: (args) => claim.immediate(args),
    heartbeat,
    succeed: (args) => succeed.immediate(args),
    release: ({ id, owner, at }) => { releaseJob.run(at, at, id, owner); },
  };

  port.on('message', (message) => {
    if (message.op === 'close') {
      db.close();
      port.close();
      return;
    }
    try {
      port.postMessage({ id: message.id, result: operations[message.op](message.args) });
    } catch (error) {
      port.postMessage({ id: message.id, error: { message: error.message, code: error.code } });
    }
  });
}

// Loaded as a worker, it serves; imported anywhere else (a check that the built module loads), it does nothing.
if (parentPort) serve(parentPort, workerData.file);
