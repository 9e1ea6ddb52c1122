import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/public';
import { GenerateCard } from '../components/GenerateCard';
import { ReportArchive } from '../components/ReportArchive';

/** /reports — generate a report (as a job, with its phases) and the archive of generated revisions. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const canGenerate = useCan('report.generate');
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Row gutter={[16, 16]}>
        {canGenerate ? <Col xs={24} xl={8}><GenerateCard /></Col> : null}
        <Col xs={24} xl={canGenerate ? 16 : 24}><ReportArchive /></Col>
      </Row>
    </>
  );
}
