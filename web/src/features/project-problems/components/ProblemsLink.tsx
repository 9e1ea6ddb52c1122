import { Button } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The project page's way to its problems (raised there, with the project chosen). */
export function ProblemsLink({ projectId }: { projectId: number }) {
  const { t } = useTranslation('project-problems');
  const navigate = useNavigate();
  return <Button icon={<AlertOutlined />} onClick={() => void navigate(`/project-problems?projectId=${projectId}`)}>{t('title')}</Button>;
}
