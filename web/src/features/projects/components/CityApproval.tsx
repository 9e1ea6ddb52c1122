import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CITY_ENTRY_THRESHOLD_YI } from '@hongtu/domain';
import type { Project } from '@hongtu/contracts/projects';
import { useCan } from '../../auth/public';
import { useCityApproval } from '../api';

/**
 * The city reviewer's approval of a district project into the city list 市重点: the category's
 * entry threshold is stated, and the button is there only when the project's actions allow it
 * (the server decides: scope, level, total investment against the threshold).
 */
export function CityApproval({ project: p }: { project: Project }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const reviewer = useCan('project.review');
  const approval = useCityApproval(p.id);
  if (!reviewer || p.level !== 'district') return null;
  const threshold = t('cityList.threshold', { category: t(`category.${p.category}`), threshold: CITY_ENTRY_THRESHOLD_YI[p.category] });
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="city-approval">
      <Typography.Text type="secondary">{threshold}</Typography.Text>
      {p.actions.approveCity ? (
        <Popconfirm title={t('cityList.confirm')} description={t('cityList.confirmText')}
          onConfirm={() => approval.mutateAsync(p.version).then(() => void message.success(t('cityList.approved')), (error: unknown) => void message.error(error instanceof Error ? error.message : String(error)))}>
          <Button type="primary" icon={<CheckCircleOutlined />} loading={approval.isPending}>{t('cityList.approve')}</Button>
        </Popconfirm>
      ) : <Typography.Text type="warning">{t('cityList.below')}</Typography.Text>}
    </Space>
  );
}
