#!/usr/bin/env node
// Lays out a new feature on every layer, the way docs/NEW_FEATURE.md describes it:
//   node scripts/new-feature.mjs <name> --zh 中文名 --tw 中文名 --en "English name"
// <name> is kebab-case and becomes the folder in packages/contracts/src, server/src/features and
// web/src/features. The feature starts as a working vertical slice: a table and its migration, a
// contract, a scoped list route with its permission case and API test on both databases, a page
// with its menu entry, texts in zh-CN / zh-TW / en. It touches exactly two central files: the
// server's and the web's feature lists. `--remove` takes a generated feature out again.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--'));
const option = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: node scripts/new-feature.mjs <kebab-name> --zh 名称 [--tw 名稱] [--en Name] [--remove]');
  process.exit(2);
}

const camel = name.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
const pascal = camel[0].toUpperCase() + camel.slice(1);
const table = name.replaceAll('-', '_');
const zh = option('--zh', name);
const tw = option('--tw', zh);
const en = option('--en', pascal);

const files = {
  contract: `packages/contracts/src/${name}.ts`,
  serverDir: `server/src/features/${name}`,
  webDir: `web/src/features/${name}`,
  serverList: 'server/src/features/index.ts',
  webList: 'web/src/app/features.ts',
};
const abs = (p) => path.join(root, p);
const serverLine = `import { ${camel}Feature } from './${name}/${name}.feature';`;
const webLine = `import { ${camel}Feature } from '../features/${name}/manifest';`;

/** Adds (or removes) the feature's import and its entry at the end of a feature list. */
function editList(file, importLine, remove) {
  let text = fs.readFileSync(abs(file), 'utf8');
  if (remove) {
    text = text.replace(`${importLine}\n`, '').replace(`  ${camel}Feature,\n`, '');
  } else {
    if (text.includes(importLine)) throw new Error(`${name} is already in ${file}`);
    const imports = [...text.matchAll(/^import .*;$/gm)];
    const last = imports[imports.length - 1];
    const at = last.index + last[0].length;
    text = `${text.slice(0, at)}\n${importLine}${text.slice(at)}`;
    text = text.replace(/\n\] as const;/, `\n  ${camel}Feature,\n] as const;`);
  }
  fs.writeFileSync(abs(file), text);
}

if (args.includes('--remove')) {
  fs.rmSync(abs(files.contract), { force: true });
  fs.rmSync(abs(files.serverDir), { recursive: true, force: true });
  fs.rmSync(abs(files.webDir), { recursive: true, force: true });
  editList(files.serverList, serverLine, true);
  editList(files.webList, webLine, true);
  console.log(`removed ${name}`);
  process.exit(0);
}

for (const dir of [files.contract, files.serverDir, files.webDir]) {
  if (fs.existsSync(abs(dir))) throw new Error(`${dir} exists already`);
}

/** The next free migration number across db/migrations and every feature's migrations. */
function nextMigrationNumber() {
  const names = [
    ...fs.readdirSync(abs('server/src/db/migrations')),
    ...fs.readdirSync(abs('server/src/features')).flatMap((f) => {
      const file = abs(`server/src/features/${f}/${f}.migrations.ts`);
      return fs.existsSync(file) ? [...fs.readFileSync(file, 'utf8').matchAll(/'(\d{4})_/g)].map((m) => m[1]) : [];
    }),
  ];
  const numbers = names.map((n) => Number(/^(\d{4})/.exec(n)?.[1] ?? 0));
  return String(Math.max(0, ...numbers) + 1).padStart(4, '0');
}
const migration = `${nextMigrationNumber()}_${table}`;

const write = (file, text) => {
  fs.mkdirSync(path.dirname(abs(file)), { recursive: true });
  fs.writeFileSync(abs(file), text.replace(/^\n/, ''));
};

// ---------------------------------------------------------------------------------------------
// Contract: the request and response shapes, the only source of them.
write(files.contract, `
import { z } from 'zod';

/** One ${en} record (${zh}) of an organisation. */
export const ${camel}ItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type ${pascal}Item = z.infer<typeof ${camel}ItemSchema>;

export const ${camel}ListSchema = z.object({ items: z.array(${camel}ItemSchema) });
export type ${pascal}List = z.infer<typeof ${camel}ListSchema>;
`);

// ---------------------------------------------------------------------------------------------
// Server: table, migration, read model, routes, messages, public read model, manifest, tests.
const s = files.serverDir;
write(`${s}/${name}.table.ts`, `
import type { Generated, Selectable } from 'kysely';

/** ${zh}: records of an organisation. */
export interface ${pascal}Table {
  id: Generated<number>;
  organisation_id: number;
  title: string;
  created_at: string;
}
export type ${pascal}Row = Selectable<${pascal}Table>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    ${table}: ${pascal}Table;
  }
}
`);

write(`${s}/${name}.migrations.ts`, `
import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The ${name} feature's migrations, in order. Never edit one that has landed; add a new one. */
export const ${camel}Migrations: Record<string, Migration> = {
  '${migration}': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('${table}')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('${table}_organisation_idx').on('${table}').column('organisation_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('${table}').ifExists().execute();
    },
  },
};
`);

write(`${s}/${name}.read-model.ts`, `
import type { ${pascal}List } from '@hongtu/contracts/${name}';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';

/** Lists and lookups of ${zh}, always inside the reader's organisation subtree. */
export function create${pascal}ReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext): Promise<${pascal}List> {
      const actor = requireActor(ctx);
      const rows = await db.selectFrom('${table} as x')
        .innerJoin('organisations as o', 'o.id', 'x.organisation_id')
        .select(['x.id', 'x.organisation_id', 'o.name as organisation_name', 'x.title', 'x.created_at'])
        .where('o.path', 'like', \`\${actor.organisationPath}%\`)
        .orderBy('x.id')
        .limit(1000)
        .execute();
      return {
        items: rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, title: r.title, createdAt: r.created_at })),
      };
    },
  };
}
export type ${pascal}ReadModel = ReturnType<typeof create${pascal}ReadModel>;
`);

write(`${s}/${name}.routes.ts`, `
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ${camel}ListSchema } from '@hongtu/contracts/${name}';
import type { Deps } from '../../platform/deps';
import { create${pascal}ReadModel } from './${name}.read-model';

const tags = ['${name}'];

/** ${zh}: thin routes — validate, authorise (config.access), call the use case or read model. */
export function ${camel}Routes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const model = create${pascal}ReadModel(deps);

  r.get('/api/${name}', {
    config: { access: 'organisation.read' },
    schema: { tags, response: { 200: ${camel}ListSchema } },
  }, (req) => model.list(req.ctx));
}
`);

write(`${s}/${name}.messages.ts`, `
/** The ${name} feature's API messages, in the three languages (codes unique across features). */
export const ${table.toUpperCase()}_MESSAGES = {
  ${table.toUpperCase()}_NOT_FOUND: {
    'zh-CN': '没有找到这条${zh}记录',
    'zh-TW': '沒有找到這條${tw}記錄',
    en: 'No such ${en} record',
  },
} as const;
`);

write(`${s}/${name}.public.ts`, `
// What other features may use of ${name} (enforced by the lint rule on imports).
export type { ${pascal}Row } from './${name}.table';
`);

write(`${s}/${name}.permission-spec.ts`, `
import type { RouteCase } from '../../platform/permissions/route-case';
import { READERS } from '../../test/permission-fixtures';

/** ${name} routes in the permission table (who may call them; own / other organisation). */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/${name}': { allowed: READERS, scoped: false, ok: 200, request: async () => ({ url: '/api/${name}' }) },
};
`);

write(`${s}/${name}.feature.ts`, `
import { defineFeature } from '../../platform/features/feature';
import { ${table.toUpperCase()}_MESSAGES } from './${name}.messages';
import { ${camel}Migrations } from './${name}.migrations';
import { ${camel}Routes } from './${name}.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './${name}.table';

/** The ${name} feature (${zh}): see docs/NEW_FEATURE.md for what each entry means. */
export const ${camel}Feature = defineFeature({
  name: '${name}',
  register: ${camel}Routes,
  migrations: ${camel}Migrations,
  messages: ${table.toUpperCase()}_MESSAGES,
  tables: { ${table}: { key: ['id'] } },
  routeCases: () => import('./${name}.permission-spec').then((m) => m.ROUTE_CASES),
});
`);

write(`${s}/${name}.test.ts`, `
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ${camel}ListSchema } from '@hongtu/contracts/${name}';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

describeEachDialect('${name} (${zh})', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const [code, title] of [['420106', '武昌区的记录'], ['420102', '江岸区的记录']] as const) {
      await t.database.db.insertInto('${table}').values({ organisation_id: await t.orgId(code), title, created_at: '2026-12-01T00:00:00.000Z' }).execute();
    }
  });
  afterAll(() => t.close());

  it('shows a district only its own records, and the city all of them', async () => {
    const list = async (user: string) => {
      const response = await t.app.inject({ method: 'GET', url: '/api/${name}', headers: { cookie: await t.login(user) } });
      expect(response.statusCode, response.body).toBe(200);
      return ${camel}ListSchema.parse(response.json()).items.map((i) => i.title);
    };
    expect(await list('wuchang')).toEqual(['武昌区的记录']);
    expect(await list('reviewer')).toEqual(['武昌区的记录', '江岸区的记录']);
  });
});
`);

// ---------------------------------------------------------------------------------------------
// Web: manifest (route, menu entry, home shortcut, namespace), api hook, page, texts.
const w = files.webDir;
const texts = (title, menu, empty, columns) => `{
  menu: { ${camel}: '${menu}' },
  title: '${title}',
  empty: '${empty}',
  columns: { organisation: '${columns[0]}', title: '${columns[1]}', createdAt: '${columns[2]}' },
}`;
write(`${w}/i18n/zh-CN.ts`, `
/** The ${name} feature's texts (zh-CN gives the shape the other languages follow). */
export const ${camel}ZhCN = ${texts(zh, zh, `暂无${zh}`, ['单位', '标题', '创建时间'])};
`);
write(`${w}/i18n/zh-TW.ts`, `
import type { Dict } from '../../../i18n/types';
import type { ${camel}ZhCN } from './zh-CN';

export const ${camel}ZhTW: Dict<typeof ${camel}ZhCN> = ${texts(tw, tw, `暫無${tw}`, ['單位', '標題', '建立時間'])};
`);
write(`${w}/i18n/en.ts`, `
import type { Dict } from '../../../i18n/types';
import type { ${camel}ZhCN } from './zh-CN';

export const ${camel}En: Dict<typeof ${camel}ZhCN> = ${texts(en, en, `No ${en} yet`, ['Organisation', 'Title', 'Created'])};
`);
write(`${w}/i18n/index.ts`, `
import { lazyNamespace } from '../../../i18n/namespace';

/** The ${name} feature's texts (i18next namespace '${name}'), loaded with its pages. */
export const ${camel}Namespace = lazyNamespace('${name}', {
  'zh-CN': () => import('./zh-CN').then((m) => m.${camel}ZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.${camel}ZhTW),
  en: () => import('./en').then((m) => m.${camel}En),
});
`);
write(`${w}/api.ts`, `
import { useQuery } from '@tanstack/react-query';
import { ${camel}ListSchema } from '@hongtu/contracts/${name}';
import { apiGet } from '../../api/client';

export const ${camel}Keys = { all: ['${name}'] as const };

export function use${pascal}List() {
  return useQuery({
    queryKey: ${camel}Keys.all,
    queryFn: ({ signal }) => apiGet('/api/${name}', { schema: ${camel}ListSchema, signal }),
  });
}
`);
write(`${w}/pages/${pascal}Page.tsx`, `
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { use${pascal}List } from '../api';

/** /${name} — the ${zh} records the user may see (the server limits them to the user's scope). */
export function ${pascal}Page() {
  const { t } = useTranslation('${name}');
  const list = use${pascal}List();
  if (!list.data) return <PageState loading={list.isLoading} error={list.error} />;
  return (
    <>
      <PageHeader title={t('title')} />
      <Table
        rowKey="id"
        dataSource={list.data.items}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: t('columns.organisation'), dataIndex: 'organisationName' },
          { title: t('columns.title'), dataIndex: 'title' },
          { title: t('columns.createdAt'), dataIndex: 'createdAt' },
        ]}
      />
    </>
  );
}
`);
write(`${w}/manifest.tsx`, `
import { AppstoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { ${camel}Namespace } from './i18n';

function ${pascal}Label() {
  const { t } = useTranslation('${name}');
  return t('menu.${camel}');
}

/** ${zh}: its page, menu entry and home shortcut, its texts. */
export const ${camel}Feature: FeatureManifest<typeof ${camel}Namespace> = {
  name: '${name}',
  routes: [{ path: '${name}', permission: 'organisation.read', page: lazyPage(() => import('./pages/${pascal}Page'), '${pascal}Page') }],
  menu: [{ key: '${name}', path: '/${name}', icon: <AppstoreOutlined />, label: ${pascal}Label, order: 95, permission: 'organisation.read', shortcut: true }],
  i18n: ${camel}Namespace,
};
`);

editList(files.serverList, serverLine, false);
editList(files.webList, webLine, false);

console.log(`created ${name}:
  ${files.contract}
  ${files.serverDir}/ (table, migration ${migration}, read model, routes, messages, public, permission cases, manifest, test)
  ${files.webDir}/ (manifest, api, page, texts)
and registered it in ${files.serverList} and ${files.webList}.
Next: npx tsc -p server --noEmit && npx tsc -p web --noEmit && npx vitest run server/src/features/${name}`);
