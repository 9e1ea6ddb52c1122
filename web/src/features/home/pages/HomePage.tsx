import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MenuEntryLabel } from '../../../app/layouts/MenuEntryLabel';
import { shortcutsFor } from '../../../app/navigation';
import { PageState } from '../../../components/PageState';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useDisplayText } from '../../../lib/traditional';
import { roleLabel } from '../../../lib/labels';
import { useCurrentUser } from '../../auth/public';
import { TodoList } from '../../notifications/public';
import { useOrganisations } from '../../organisations/public';

/** Welcome: who you are, your organisation and the data scope that follows from it. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const organisations = useOrganisations();
  const shortcuts = shortcutsFor(me.role);
  useDocumentTitle(t('nav.home'));
  const show = useDisplayText();

  return (
    <Row gutter={[24, 24]}>
      <Col span={24}>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('home.greeting', { name: me.displayName })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
          <PageState loading={organisations.isPending} error={organisations.error} onRetry={() => void organisations.refetch()}>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              bordered
              items={[
                { key: 'username', label: t('home.username'), children: me.username },
                { key: 'role', label: t('home.role'), children: roleLabel(t, me.role) },
                { key: 'organisation', label: t('home.organisation'), children: show(me.organisationName) },
                {
                  key: 'scope',
                  label: t('home.scope'),
                  children: t('home.scopeText', { organisation: show(me.organisationName), count: organisations.data?.length ?? 0 }),
                },
              ]}
            />
          </PageState>
        </Card>
      </Col>
      <Col span={24}>
        <TodoList />
      </Col>
      <Col span={24}>
        <Typography.Title level={5}>{t('home.shortcuts')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {shortcuts.map(({ key, path, icon, label }) => (
            <Col key={key} xs={24} sm={12} lg={6}>
              <Link to={path}>
                <Card hoverable>
                  <Card.Meta avatar={<span style={{ fontSize: 24, color: '#0958d9' }}>{icon}</span>} title={<MenuEntryLabel label={label} />} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Col>
    </Row>
  );
}
