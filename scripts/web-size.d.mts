// Types of web-size.mjs, for the TypeScript that imports it (web's budget test, the page-load benchmark).

export interface Budget {
  name: 'login' | 'dashboard';
  bytes: number;
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageSize extends Sizes {
  /** `<feature>/<Page>`, or the source path of another lazily loaded module. */
  page: string;
  src: string;
  files: string[];
  budget: Budget | null;
  over: boolean;
}

export interface WebSizeReport {
  entry: Sizes & { files: string[] };
  /** The entry and the signed-in shell: what every signed-in page loads besides its own. */
  shell: Sizes & { files: string[] };
  pages: PageSize[];
}

export const BUDGETS: { login: number; dashboard: number };
export const OVER_BUDGET: Record<string, { bytes: number; why: string }>;
export function budgetOf(src: string): Budget | null;
export function webSizeReport(dist: string): WebSizeReport;
