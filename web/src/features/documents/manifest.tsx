import { FileSearchOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { documentsNamespace } from './i18n';
import { documentsMenu } from './i18n/menu';

/** 公开文件: the list with upload and search, a document with its figures; menu entry after enterprise service. */
export const documentsFeature: FeatureManifest<typeof documentsNamespace> = {
  name: 'documents',
  routes: [
    { path: 'documents', permission: 'document.read', page: lazyPage(() => import('./pages/DocumentsPage'), 'DocumentsPage') },
    { path: 'documents/:id', permission: 'document.read', menuKey: 'documents', page: lazyPage(() => import('./pages/DocumentPage'), 'DocumentPage') },
  ],
  menu: [{ key: 'documents', path: '/documents', icon: <FileSearchOutlined />, label: documentsMenu.documents, order: 58, permission: 'document.read', shortcut: true }],
  i18n: documentsNamespace,
};
