// Run as a process of its own by job-writer.test.ts: the writer used once, then closed, with nothing
// else alive in the process (as in a server shutting down). Prints "closed" when close() returned.
import { openSqlite } from '../../db/connection';
import { prepareDatabase } from '../../db/prepare';
import { systemClock } from '../clock';
import { JobWriter } from './job-writer';

const file = process.argv[2]!;
const database = openSqlite(file);
await prepareDatabase(database, systemClock);
await database.close();

const writer = new JobWriter(file);
await writer.run('release', { id: 1, owner: 'check', at: '2026-12-03T00:00:00.000Z' });
await writer.close();
console.log('closed');
