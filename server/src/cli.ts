import readline from 'node:readline';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from './config/config';
import { openDatabase, type DatabaseHandle } from './db/connection';
import { seedDemo } from './db/seed/demo';
import { createFirstAdmin } from './ops/create-admin';
import { backupDatabase, headFileOf, restoreDatabase } from './ops/backup';
import { applyGrants, prepareWithRoles } from './ops/db-roles';
import { checkIntegrity, describeIntegrity } from './ops/integrity';
import { AuditCheckpointer, AuditCheckpointLog, furthest, parseKeptHeads } from './platform/audit/audit-checkpoints';
import { checkAuditRole, describeAuditRole } from './platform/audit/audit-roles';
import type { AuditAnchor } from './platform/audit/audit-verify';
import { systemClock } from './platform/clock';
import { extractFigures, type ExtractionContext } from '@hongtu/domain';
import { division } from './db/seed/divisions';
import { readDocumentText } from './features/documents/documents.public';
import { DEFAULT_ALIASES } from './features/indicators/indicator-aliases.seed';
import { INDICATOR_CATALOGUE } from './features/indicators/indicator-catalogue';
import { toSimplified } from './platform/text/chinese';

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
  seed-demo              load the demo organisations and accounts into an empty database
  extract <file>… [--json] [--date 2019-02-17] [--entity 武昌区]
                         every economic figure of each document (.txt/.md; .html/.docx/.pdf as read
                         by the documents feature), against the catalogue with its default aliases
                         and the demo organisations; --json prints one JSON array (no database used)
  documents ingest-folder <dir> [--organisation CODE] [--user USERNAME]
                         take in every readable file of a folder (as an upload would) for the unit,
                         as the user (default: the first system administrator); a line per file and
                         a summary; exit code 1 when any file was refused`;

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

/** The demo's organisations (db/seed/demo.ts) with the other names documents give the zones. */
function demoOrganisations(): Array<{ key: string; names: string[]; rank: number }> {
  const places = [
    { code: '42', rank: 0 },
    { code: '4201', rank: 1 },
    { code: '4202', rank: 1 },
    ...['420102', '420103', '420104', '420105', '420106', '420107', '420111', '420112', '420113', '420114', '420115', '420116', '420117', '420203'].map((code) => ({ code, rank: 2 })),
  ].map(({ code, rank }) => {
    const d = division(code);
    return { key: d.code, names: [d.name], rank };
  });
  const zones = [
    { key: 'WH-DHGX', names: ['东湖高新区', '东湖新技术开发区', '东湖新技术产业开发区'] },
    { key: 'WH-JKQ', names: ['武汉经开区', '武汉开发区', '武汉经济技术开发区'] },
    { key: 'WH-LKG', names: ['临空港经开区', '武汉临空港经开区', '武汉临空港经济技术开发区'] },
    { key: 'WH-CJXQ', names: ['长江新区'] },
  ].map((z) => ({ ...z, rank: 2 }));
  return [...places, ...zones];
}

/** `hongtu extract <file>… [--json]`: the figures of documents, read without a database. */
async function extract(args: string[]): Promise<number> {
  const valued = new Set(['--date', '--entity']);
  const files = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  if (files.length === 0) throw new Error('usage: hongtu extract <file>… [--json] [--date YYYY-MM-DD] [--entity 武昌区]');
  const organisations = demoOrganisations();
  const indicators = INDICATOR_CATALOGUE.map((d) => ({
    code: d.code,
    names: [...new Set([d.names['zh-CN'], toSimplified(d.names['zh-TW']), ...(DEFAULT_ALIASES[d.code] ?? [])])],
  }));
  const entities = organisations.map((o) => ({ kind: 'organisation' as const, key: o.key, names: o.names }));
  const records = [];
  for (const file of files) {
    // npm run hongtu runs in server/: files are named from where the command was typed
    const buffer = fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
    const read = await readDocumentText(buffer, file).catch(() => null);
    // Text and Markdown are quoted with offsets in the file itself; other formats in their read text.
    const text = /\.(txt|md|markdown)$/i.test(file) || !read ? buffer.toString('utf8') : read.text;
    const head = toSimplified([read?.meta.issuer, read?.meta.title, text.slice(0, 300)].filter(Boolean).join(' '));
    const wanted = option(args, '--entity');
    const short = (name: string) => name.replace(/(省|市|区|县)$/, '');
    const subject = organisations
      .filter((o) => (wanted ? o.names.includes(wanted) : o.names.some((n) => head.includes(n) || (short(n).length >= 2 && head.includes(short(n))))))
      .sort((a, b) => b.rank - a.rank)[0];
    const context: ExtractionContext = {
      documentDate: option(args, '--date') ?? read?.meta.publishedOn ?? null,
      indicators,
      entities,
      defaultEntity: subject ? { kind: 'organisation', key: subject.key, name: subject.names[0]! } : null,
      toSimplified,
    };
    for (const f of extractFigures(text, context)) {
      records.push({ file, entity: f.entity, indicator: f.indicator, period: f.period, kind: f.kind, value: f.value, unit: f.unit, yoy_pct: f.yoy_pct, vs_time_progress_pp: f.vs_time_progress_pp, comparator: f.comparator, quote: f.quote, start: f.start, end: f.end });
    }
  }
  if (args.includes('--json')) console.log(JSON.stringify(records, null, 1));
  else {
    for (const r of records) {
      const amount = [r.value && `${r.value}${r.unit ?? ''}`, r.yoy_pct && `yoy ${r.yoy_pct}%`, r.vs_time_progress_pp && `vs time ${r.vs_time_progress_pp}pp`].filter(Boolean).join(', ');
      console.log(`${r.entity || '-'}\t${r.indicator}\t${r.period}\t${r.kind}${r.comparator ? ` ${r.comparator}` : ''}\t${amount}\t«${r.quote.trim()}» [${r.start}, ${r.end})`);
    }
    console.log(`${records.length} figures in ${files.length} file(s)`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'extract') return extract(args);
  const config = loadConfig();
  let database = openDatabase(config);
  try {
    if (command === 'db') return await db(config, database, args);
    await prepareWithRoles(database, systemClock, config.migrationDatabaseUrl);
    switch (command) {
      case 'migrate':
        console.log('schema is up to date');
        return 0;
      case 'documents': {
        const { documentsCommand } = await import('./features/documents/documents.cli');
        return await documentsCommand(database, systemClock, args);
      }
      case 'seed-demo': {
        // The demo loaders (and the documents they read) are loaded only for this command.
        const [{ seedIndicatorDemo }, { seedProjectsDemo }, { seedInvestmentDemo }, { seedReportsDemo }, { seedPortalOpportunitiesDemo }, { seedPortalArticlesDemo }] = await Promise.all([
          import('./db/seed/indicator-demo/load'),
          import('./db/seed/projects-demo/load'),
          import('./db/seed/investment-demo/load'),
          import('./db/seed/reports-demo/load'),
          import('./db/seed/portal-opportunities-demo/load'),
          import('./db/seed/portal-demo/articles'),
        ]);
        const organisations = await seedDemo(database, systemClock);
        const figures = await seedIndicatorDemo(database, systemClock);
        const projects = await seedProjectsDemo(database, systemClock);
        const investment = await seedInvestmentDemo(database, systemClock);
        const opportunities = await seedPortalOpportunitiesDemo(database, systemClock);
        // After the figures: the months the demo's reports are generated from, published as bulletins.
        const bulletins = await seedReportsDemo(database, systemClock);
        // After the documents: seed 001's feed as the portal's published articles.
        const articles = await seedPortalArticlesDemo(database, systemClock);
        console.log(organisations || figures || projects || investment || opportunities || bulletins || articles ? 'demo data loaded' : 'database not empty; nothing loaded');
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
