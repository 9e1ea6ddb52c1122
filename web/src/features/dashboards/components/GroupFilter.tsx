import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../../organisations/public';

interface GroupFilterProps {
  value: number | undefined;
  onChange: (groupId: number | undefined) => void;
}

const ALL = 0;

/** Districts are compared inside a group: 中心城区 / 新城区 / 功能区 (DOMAIN.md "District groups"). */
export function GroupFilter({ value, onChange }: GroupFilterProps) {
  const { t } = useTranslation('dashboards');
  const groups = useGroups();
  const options = [{ value: ALL, label: t('filters.allGroups') }, ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))];
  return (
    <Segmented
      aria-label={t('filters.group')}
      value={value ?? ALL}
      options={options}
      onChange={(v) => onChange(v === ALL ? undefined : v)}
    />
  );
}
