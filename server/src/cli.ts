import readline from 'node:readline';
import fs from 'node:fs';
import { loadConfig, type Config } from './config/config';
import { openDatabase, type DatabaseHandle } from './db/connection';
import { seedDemo } from './db/seed/demo';
import { seedIndicatorDemo } from './db/seed/indicator-demo/load';
import { seedProjectsDemo } from './db/seed/projects-demo/load';
import { seedInvestmentDemo } from './db/seed/investment-demo/load';
import { createFirstAdmin } from './ops/create-admin';
import { backupDatabase, headFileOf, restoreDatabase } from './ops/backup';
import { applyGrants, prepareWithRoles } from './ops/db-roles';
import { checkIntegrity, describeIntegrity } from './ops/integrity';
import { AuditCheckpointer, AuditCheckpointLog, furthest, parseKeptHeads } from './platform/audit/audit-checkpoints';
import { checkAuditRole, describeAuditRole } from './platform/audit/audit-roles';
import type { AuditAnchor } from './platform/audit/audit-verify';
import { systemClock } from './platform/clock';

const USAGE = `hongtu <command>

  create-admin <username> [--org-name 武汉市 --org-code 420100 --org-kind city]
                         first administrator (and the top organisation when none exists);
                         password from HONGTU_ADMIN_PASSWORD or typed at the prompt
  backup <file>          online backup + integrity check (SQLite backup API / pg_dump); the head of
                         the audit trail is kept in <file>.head.json (and inside a SQLite backup)
  restore <file> [--anchor <file|id:hash>]…
                         replace the database with a backup, then check it (stop the server first);
                         the backup's trail must reach <file>.head.json and every --anchor
  verify [--anchor <file|id:hash>]…
                         integrity check, row counts, audit chain verification against the
                         checkpoint log and every --anchor (a kept head, a head.json, a log);
                         on PostgreSQL, whether the app role could alter audit rows
  migrate                bring the schema up to date
  db grants [--check]    PostgreSQL: migrate as HONGTU_MIGRATION_DATABASE_URL and grant the app role
                         (DATABASE_URL) what it needs, audit rows read and append only;
                         --check only reports what the app role may do
  seed-demo              load the demo organisations and accounts into an empty database`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Every value of a repeated option. */
function options(args: string[], name: string): string[] {
  return args.flatMap((arg, i) => (arg === name && args[i + 1] !== undefined ? [args[i + 1]!] : []));
}

/** `--anchor`: `id:hash`, or a file holding a head (JSON) or a checkpoint log. */
function anchorsFrom(args: string[]): AuditAnchor[] {
  return options(args, '--anchor').flatMap((value) => {
    if (/^\d+:[0-9a-f]{64}$/.test(value)) return parseKeptHeads(value);
    try {
      return parseKeptHeads(fs.readFileSync(value, 'utf8'));
    } catch (error) {
      throw new Error(`--anchor ${value}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
}

function checkpointerOf(config: Config, database: DatabaseHandle): AuditCheckpointer | null {
  if (!config.auditCheckpointFile) return null;
  return new AuditCheckpointer(database.db, new AuditCheckpointLog(config.auditCheckpointFile), systemClock, {
    onProblem: (message) => console.error(`WARNING: ${message}`),
  });
}

/** Backup and restore connect as the owner where there is one (pg_restore --clean replaces its tables). */
function ownerUrl(config: Config): string | undefined {
  return config.migrationDatabaseUrl ?? config.databaseUrl;
}

async function readPassword(): Promise<string> {
  if (process.env.HONGTU_ADMIN_PASSWORD) return process.env.HONGTU_ADMIN_PASSWORD;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  return new Promise((resolve) => rl.question('Password for the new administrator: ', (answer) => {
    rl.close();
    resolve(answer);
  }));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  let database = openDatabase(config);
  try {
    if (command === 'db') return await db(config, database, args);
    await prepareWithRoles(database, systemClock, config.migrationDatabaseUrl);
    switch (command) {
      case 'migrate':
        console.log('schema is up to date');
        return 0;
      case 'seed-demo': {
        const organisations = await seedDemo(database, systemClock);
        const figures = await seedIndicatorDemo(database, systemClock);
        const projects = await seedProjectsDemo(database, systemClock);
        const investment = await seedInvestmentDemo(database, systemClock);
        console.log(organisations || figures || projects || investment ? 'demo data loaded' : 'database not empty; nothing loaded');
        return 0;
      }
      case 'verify': {
        const log = config.auditCheckpointFile ? await new AuditCheckpointLog(config.auditCheckpointFile).sinceRestore() : null;
        const checkpoints = log?.checkpoints ?? [];
        const report = await checkIntegrity(database, [...anchorsFrom(args), ...checkpoints]);
        console.log(describeIntegrity(report));
        if (log) {
          const top = furthest(checkpoints);
          const unreadable = log.unreadable > 0 ? `; ${log.unreadable} unreadable line(s)` : '';
          console.log(top
            ? `checkpoints: ${checkpoints.length} head(s) of ${config.auditCheckpointFile} since the last restore compared; furthest row ${top.id} (${top.count} rows) at ${top.at}${unreadable}`
            : `checkpoints: none yet in ${config.auditCheckpointFile}${unreadable}`);
        }
        console.log(describeAuditRole(await checkAuditRole(database.db, database.dialect)));
        return report.ok ? 0 : 1;
      }
      case 'create-admin': {
        const username = args[0];
        if (!username) throw new Error('usage: hongtu create-admin <username>');
        const result = await createFirstAdmin(database, systemClock, {
          username,
          password: await readPassword(),
          organisation: { name: option(args, '--org-name'), code: option(args, '--org-code'), kind: option(args, '--org-kind') },
        });
        console.log(`administrator "${result.username}" created in ${result.organisationName}`);
        return 0;
      }
      case 'backup': {
        const file = args[0];
        if (!file) throw new Error('usage: hongtu backup <file>');
        const url = ownerUrl(config);
        const report = await backupDatabase(database, file, url ? { url } : undefined);
        const head = report.head ? `audit head: row ${report.head.id} (${report.head.count} rows) kept in ${headFileOf(file)}` : 'audit trail empty';
        console.log(`backup written to ${file}\n${head}\n${describeIntegrity(report)}`);
        await checkpointerOf(config, database)?.checkpoint('backup');
        return report.ok ? 0 : 1;
      }
      case 'restore': {
        const file = args[0];
        if (!file) throw new Error('usage: hongtu restore <file>');
        const anchors = anchorsFrom(args);
        await database.close();
        const url = ownerUrl(config);
        const report = url
          ? await restoreDatabase({ dialect: 'postgres', pg: { url } }, file, anchors)
          : await restoreDatabase({ dialect: 'sqlite', file: config.sqliteFile }, file, anchors);
        console.log(`restored from ${file}\n${describeIntegrity(report)}`);
        // The restored trail starts a new history in the checkpoint log; the app role gets its grants back.
        database = openDatabase(config);
        if (config.migrationDatabaseUrl) await applyGrants(database, systemClock, config.migrationDatabaseUrl);
        await checkpointerOf(config, database)?.checkpoint('restore');
        return report.ok ? 0 : 1;
      }
      default:
        console.error(`unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    await database.close().catch(() => undefined);
  }
}

/** `hongtu db grants [--check]`. */
async function db(config: Config, database: DatabaseHandle, args: string[]): Promise<number> {
  if (args[0] !== 'grants') throw new Error('usage: hongtu db grants [--check]');
  if (database.dialect !== 'postgres') {
    console.log(describeAuditRole(null));
    return 0;
  }
  if (!args.includes('--check')) {
    if (!config.migrationDatabaseUrl) throw new Error('hongtu db grants needs HONGTU_MIGRATION_DATABASE_URL (the owner) beside DATABASE_URL (the app)');
    const granted = await applyGrants(database, systemClock, config.migrationDatabaseUrl);
    console.log(`schema "${granted.schema}" migrated as "${granted.owner}"; "${granted.appRole}" may read and write the tables, and only read and append audit rows`);
  }
  const check = await checkAuditRole(database.db, database.dialect);
  console.log(describeAuditRole(check));
  return check?.canTamper ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
