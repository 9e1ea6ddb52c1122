import { Card, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { roleLabel } from '../../../lib/labels';
import { useCurrentUser } from '../api';
import { SecondFactorSection } from '../components/SecondFactorSection';

/** /account — the signed-in user's own account: who they are, and two-step verification. */
export function AccountPage() {
  const { t } = useTranslation('auth');
  const { t: shell } = useTranslation();
  const me = useCurrentUser();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <PageHeader title={t('secondFactor.accountTitle')} />
      <Card>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={shell('home.username')}>{me.displayName} ({me.username})</Descriptions.Item>
          <Descriptions.Item label={shell('home.role')}>{roleLabel(shell, me.role)}</Descriptions.Item>
          <Descriptions.Item label={shell('home.organisation')}>{me.organisationName}</Descriptions.Item>
        </Descriptions>
      </Card>
      <SecondFactorSection />
    </Flex>
  );
}
