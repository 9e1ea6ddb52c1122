import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** Every setting comes from the environment; see README "Configuration". */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  /** PostgreSQL: the owner's connection; migrations run as it, the app (DATABASE_URL) may then only read and append audit rows. */
  HONGTU_MIGRATION_DATABASE_URL: z.string().optional(),
  HONGTU_DATA_DIR: z.string().default('data'),
  HONGTU_SQLITE_FILE: z.string().optional(),
  /** Serve cookies as Secure with the __Host- prefix (behind HTTPS). */
  HONGTU_SECURE_COOKIES: booleanFromEnv.default(false),
  /** Trust X-Forwarded-* from a reverse proxy / load balancer. */
  HONGTU_TRUST_PROXY: booleanFromEnv.default(false),
  HONGTU_WEB_DIST: z.string().optional(),
  /** Rate-limit counters in Redis (shared by the app servers) instead of the database / memory. */
  REDIS_URL: z.string().optional(),
  /** The audit trail's checkpoint log (one JSON line per head); `off` keeps none. */
  HONGTU_AUDIT_CHECKPOINT_FILE: z.string().optional(),
  /** Minutes between scheduled checkpoints; 0 writes them only at start, shutdown, backup and restore. */
  HONGTU_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(0).max(1440).default(10),
  /** Background jobs this server runs at once (0: it runs none, others take them). */
  HONGTU_JOB_CONCURRENCY: z.coerce.number().int().min(0).max(16).default(2),
  /** The folder attachments are kept in (outside the web root, under generated names). */
  HONGTU_FILES_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  migrationDatabaseUrl?: string;
  sqliteFile: string;
  dataDir: string;
  secureCookies: boolean;
  trustProxy: boolean;
  webDist: string;
  logLevel: string;
  redisUrl?: string;
  jobConcurrency: number;
  /** Null when the checkpoint log is off. */
  auditCheckpointFile: string | null;
  auditCheckpointMinutes: number;
  /** Attachments' folder (platform/files). */
  filesDir: string;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;
const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.HONGTU_DATA_DIR);
  const databaseUrl = e.DATABASE_URL || undefined;
  const migrationDatabaseUrl = e.HONGTU_MIGRATION_DATABASE_URL || undefined;
  if (migrationDatabaseUrl && !(databaseUrl && POSTGRES_URL.test(databaseUrl) && POSTGRES_URL.test(migrationDatabaseUrl))) {
    throw new Error('invalid configuration:\n  HONGTU_MIGRATION_DATABASE_URL: needs PostgreSQL URLs in both it and DATABASE_URL');
  }
  const checkpointFile = e.HONGTU_AUDIT_CHECKPOINT_FILE;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl,
    migrationDatabaseUrl,
    dataDir,
    sqliteFile: e.HONGTU_SQLITE_FILE ? path.resolve(e.HONGTU_SQLITE_FILE) : path.join(dataDir, 'hongtu.sqlite'),
    secureCookies: e.HONGTU_SECURE_COOKIES,
    trustProxy: e.HONGTU_TRUST_PROXY,
    webDist: e.HONGTU_WEB_DIST ? path.resolve(e.HONGTU_WEB_DIST) : path.join(repoRoot, 'web', 'dist'),
    logLevel: e.LOG_LEVEL,
    redisUrl: e.REDIS_URL || undefined,
    jobConcurrency: e.HONGTU_JOB_CONCURRENCY,
    auditCheckpointFile: checkpointFile === 'off' ? null : path.resolve(checkpointFile || path.join(dataDir, 'audit-checkpoints.jsonl')),
    auditCheckpointMinutes: e.HONGTU_AUDIT_CHECKPOINT_MINUTES,
    filesDir: path.resolve(e.HONGTU_FILES_DIR || path.join(dataDir, 'files')),
  };
}
