import { useSearchParams } from 'react-router';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { CultivationBoard } from '../components/CultivationBoard';
import { LiaisonBoard } from '../components/LiaisonBoard';

/** /enterprise-service/board — 一企一专人 (liaisons and visits) and 进规进限 cultivation, one tab each. */
export function BoardPage() {
  const { t } = useTranslation('enterprise-service');
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'cultivation' ? 'cultivation' : 'liaisons';
  return (
    <>
      <PageHeader title={t('menu.board')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'liaisons' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'liaisons', label: t('board.liaisons'), children: <LiaisonBoard /> },
          { key: 'cultivation', label: t('board.cultivation'), children: <CultivationBoard /> },
        ]}
      />
    </>
  );
}
