import readline from 'node:readline';
import { loadConfig } from './config/config';
import { openDatabase } from './db/connection';
import { prepareDatabase } from './db/prepare';
import { seedDemo } from './db/seed/demo';
import { seedIndicatorDemo } from './db/seed/indicator-demo/load';
import { createFirstAdmin } from './ops/create-admin';
import { backupDatabase, restoreDatabase } from './ops/backup';
import { checkIntegrity, describeIntegrity } from './ops/integrity';
import { systemClock } from './platform/clock';

const USAGE = `hongtu <command>

  create-admin <username> [--org-name 武汉市 --org-code 420100 --org-kind city]
                         first administrator (and the top organisation when none exists);
                         password from HONGTU_ADMIN_PASSWORD or typed at the prompt
  backup <file>          online backup + integrity check (SQLite backup API / pg_dump)
  restore <file>         replace the database with a backup, then check it (stop the server first)
  verify                 integrity check, row counts and audit chain verification
  migrate                bring the schema up to date
  seed-demo              load the demo organisations and accounts into an empty database`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
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
  const database = openDatabase(config);
  try {
    await prepareDatabase(database, systemClock);
    switch (command) {
      case 'migrate':
        console.log('schema is up to date');
        return 0;
      case 'seed-demo': {
        const organisations = await seedDemo(database, systemClock);
        const figures = await seedIndicatorDemo(database, systemClock);
        console.log(organisations || figures ? 'demo data loaded' : 'database not empty; nothing loaded');
        return 0;
      }
      case 'verify': {
        const report = await checkIntegrity(database);
        console.log(describeIntegrity(report));
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
        const report = await backupDatabase(database, file, config.databaseUrl ? { url: config.databaseUrl } : undefined);
        console.log(`backup written to ${file}\n${describeIntegrity(report)}`);
        return report.ok ? 0 : 1;
      }
      case 'restore': {
        const file = args[0];
        if (!file) throw new Error('usage: hongtu restore <file>');
        await database.close();
        const report = config.databaseUrl
          ? await restoreDatabase({ dialect: 'postgres', pg: { url: config.databaseUrl } }, file)
          : await restoreDatabase({ dialect: 'sqlite', file: config.sqliteFile }, file);
        console.log(`restored from ${file}\n${describeIntegrity(report)}`);
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
