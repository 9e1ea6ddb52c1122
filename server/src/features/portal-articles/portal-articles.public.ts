// What other features may use of portal-articles (enforced by the lint rule on imports).
export type { PortalArticlesRow } from './portal-articles.table';
