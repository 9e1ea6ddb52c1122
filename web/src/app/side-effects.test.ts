import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { APP_MODULES_WITH_SIDE_EFFECTS } from '../../vite.config';

const WEB_SRC = path.resolve(__dirname, '..');
const PACKAGES = ['domain', 'contracts'].map((name) => path.resolve(__dirname, `../../../packages/${name}/src`));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Statements that only define or import things; anything else at a module's top level acts when it is imported. */
const DEFINES = [
  ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.ImportEqualsDeclaration, ts.SyntaxKind.ExportDeclaration, ts.SyntaxKind.ExportAssignment,
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration, ts.SyntaxKind.ModuleDeclaration, ts.SyntaxKind.VariableStatement, ts.SyntaxKind.EmptyStatement,
];

/** Whether a module does something at its top level (a call, a condition, an import for its effect alone), style sheets aside. */
function acts(file: string, text = fs.readFileSync(file, 'utf8')): boolean {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return source.statements.some((statement) => {
    if (ts.isImportDeclaration(statement) && !statement.importClause) {
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      return !from.endsWith('.css') && from.startsWith('.');
    }
    return !DEFINES.includes(statement.kind);
  });
}

/**
 * The web build drops a module of web/src or of the workspace packages when none of its exports
 * is used, and with it whatever the module does when imported (web/vite.config.ts). A module that
 * acts when imported (a registration, a start-up) must be listed there, or the build silently
 * loses what it does (ECharts without its charts, i18next without its texts).
 */
describe('modules that act when imported', () => {
  it('are all listed in the build configuration, and the list names only such modules', () => {
    const acting = sources(WEB_SRC).filter((file) => acts(file)).map((file) => path.relative(WEB_SRC, file).split(path.sep).join('/'));
    const listed: readonly string[] = APP_MODULES_WITH_SIDE_EFFECTS;
    expect(
      acting.filter((file) => !listed.includes(file)),
      'these modules act when imported: list them in APP_MODULES_WITH_SIDE_EFFECTS (web/vite.config.ts), or the build drops what they do',
    ).toEqual([]);
    expect(listed.filter((file) => !acting.includes(file)), 'listed in APP_MODULES_WITH_SIDE_EFFECTS but no longer acting when imported: take them out').toEqual([]);
  });

  it('are none in the workspace packages (pure rules and schemas)', () => {
    expect(PACKAGES.flatMap(sources).filter((file) => acts(file)).map((file) => path.basename(file))).toEqual([]);
  });

  it('are told apart from modules that only define things', () => {
    expect(acts('a.ts', "import { x } from './b';\nexport const y = x + 1;\nexport function f() { return y; }\n")).toBe(false);
    expect(acts('b.ts', "import './c.css';\nimport 'dayjs/locale/zh-cn';\nexport type T = number;\nexport { y as x } from './a';\n")).toBe(false);
    expect(acts('c.ts', "import * as e from 'e';\ne.use([]);\nexport { e };\n")).toBe(true);
    expect(acts('d.ts', "import './register';\n")).toBe(true);
    expect(acts('e.tsx', 'if (window) start();\n')).toBe(true);
  });
});
