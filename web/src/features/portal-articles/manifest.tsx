import { ReadOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { portalArticlesNamespace } from './i18n';
import { portalArticlesMenu } from './i18n/menu';

/** 门户文章: the list, the editor, the menu entry, its texts. */
export const portalArticlesFeature: FeatureManifest<typeof portalArticlesNamespace> = {
  name: 'portal-articles',
  routes: [
    { path: 'portal-articles', permission: 'portal_article.edit', page: lazyPage(() => import('./pages/PortalArticlesPage'), 'PortalArticlesPage') },
    { path: 'portal-articles/:id', permission: 'portal_article.edit', page: lazyPage(() => import('./pages/PortalArticleEditorPage'), 'PortalArticleEditorPage') },
  ],
  menu: [{ key: 'portal-articles', path: '/portal-articles', icon: <ReadOutlined />, label: portalArticlesMenu.portalArticles, order: 61, permission: 'portal_article.edit', shortcut: true }],
  i18n: portalArticlesNamespace,
};
