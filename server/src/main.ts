import { buildApp } from './app';
import { loadConfig } from './config/config';
import { openDatabase } from './db/connection';
import { refreshStatisticsHourly } from './db/prepare';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './db/seed/demo';
import { seedPortalOpportunitiesDemo } from './db/seed/portal-opportunities-demo/load';
import { seedIndicatorDemo } from './db/seed/indicator-demo/load';
import { seedProjectsDemo } from './db/seed/projects-demo/load';
import { seedInvestmentDemo } from './db/seed/investment-demo/load';
import { seedReportsDemo } from './db/seed/reports-demo/load';
import { seedPortalArticlesDemo } from './db/seed/portal-demo/articles';
import { systemClock } from './platform/clock';
import { holdServerLock } from './ops/server-lock';
import { prepareWithRoles } from './ops/db-roles';
import { AuditCheckpointer, AuditCheckpointLog } from './platform/audit/audit-checkpoints';
import { describeAuditRole } from './platform/audit/audit-roles';

/** Reads config, opens the database, migrates, optionally seeds the demo, listens. */
async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const demo = process.argv.includes('--demo');
  const database = openDatabase(config);
  // Restore refuses to swap a SQLite file a running server holds (ops/server-lock.ts).
  const releaseLock = database.dialect === 'sqlite' ? holdServerLock(config.sqliteFile) : () => undefined;
  // With HONGTU_MIGRATION_DATABASE_URL the owner migrates and grants; the app may then only read and append audit rows.
  const { roleCheck } = await prepareWithRoles(database, systemClock, config.migrationDatabaseUrl);
  if (demo) {
    await seedDemo(database, systemClock);
    await seedIndicatorDemo(database, systemClock);
    await seedProjectsDemo(database, systemClock);
    await seedInvestmentDemo(database, systemClock);
    // The portal's opportunities: a few of the demo's projects and illustrative land parcels.
    await seedPortalOpportunitiesDemo(database, systemClock);
    // After the figures: the months the demo's reports are generated from, published as bulletins.
    await seedReportsDemo(database, systemClock);
    // After the documents: seed 001's feed as the portal's published articles.
    await seedPortalArticlesDemo(database, systemClock);
  }

  const app = await buildApp({
    database,
    config,
    logger: { level: config.logLevel },
  });
  if (roleCheck?.canTamper) app.log.warn({ roleCheck }, describeAuditRole(roleCheck));
  // The head of the audit trail, appended to a log outside the database (ADR 0003).
  const checkpointer = config.auditCheckpointFile
    ? new AuditCheckpointer(database.db, new AuditCheckpointLog(config.auditCheckpointFile), systemClock, {
      onWrite: (checkpoint) => app.log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint'),
      onProblem: (message, detail) => app.log.error(detail, message),
    })
    : null;
  // A log that cannot be written is reported, not fatal: the server still serves, and verification says it has no checkpoint.
  await checkpointer?.checkpoint('start').catch((error: unknown) => app.log.error({ error: String(error), file: config.auditCheckpointFile }, 'audit checkpoint log cannot be written'));
  checkpointer?.start(config.auditCheckpointMinutes);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const where = database.dialect === 'sqlite' ? config.sqliteFile : 'PostgreSQL (DATABASE_URL)';

  const lines = [
    '',
    `  宏图 Hongtu is running:  http://${host}:${port}/`,
    `  API docs:               http://${host}:${port}/api/docs`,
    `  Database:               ${where}`,
    ...(roleCheck?.canTamper ? [`  Audit trail:            ${describeAuditRole(roleCheck)}`] : []),
    `  Started in ${Math.round(performance.now() - startedAt)} ms`,
  ];
  const userCount = await database.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  if (demo) {
    lines.push('', `  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(10)} ${a.role.padEnd(18)} ${a.displayName}`);
  } else if (Number(userCount.n) === 0) {
    lines.push('', '  No accounts yet. Create the first administrator with:', '    npm run hongtu -- create-admin <username>');
  }
  console.log(lines.join('\n') + '\n');

  // Graceful shutdown: stop accepting, let in-flight requests finish, close the database.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await checkpointer?.stop().catch((error: unknown) => app.log.error({ error: String(error) }, 'audit checkpoint at shutdown failed'));
    await database.close();
    releaseLock();
    process.exit(0);
  };
  // Keep the planner's statistics fresh as the data grows (hourly; cheap when nothing changed): SQLite's
  // always, PostgreSQL's where its autovacuum is off.
  const optimizer = setInterval(() => void refreshStatisticsHourly(database).catch((error: unknown) => app.log.warn({ error: String(error) }, 'refreshing planner statistics failed')), 3_600_000);
  optimizer.unref();
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
