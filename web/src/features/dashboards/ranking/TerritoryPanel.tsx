import { useState } from 'react';
import { App, Button, Card, List, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TERRITORY_OVERLAP_KINDS, type TerritoryOverlapKind } from '@hongtu/domain';
import { useCan } from '../../auth/public';
import { useTerritories, useTerritoryChanges } from '../api';

/**
 * The city's territorial scope for its administrator, on the ranking page (DOMAIN.md "Territorial
 * scope"): which units overlap (a zone holding part of a district, or the same territory) and
 * whether zones rank apart from districts.
 */
export function TerritoryPanel({ units }: { units: ReadonlyArray<{ organisationId: number; organisationName: string }> }) {
  const mayKeep = useCan('organisation.manage');
  if (!mayKeep) return null;
  return <TerritoryEditor units={units} />;
}

function TerritoryEditor({ units }: { units: ReadonlyArray<{ organisationId: number; organisationName: string }> }) {
  const { t } = useTranslation('dashboards');
  const { message } = App.useApp();
  const territories = useTerritories();
  const changes = useTerritoryChanges();
  const [unit, setUnit] = useState<number>();
  const [other, setOther] = useState<number>();
  const [kind, setKind] = useState<TerritoryOverlapKind>('contains_part');
  const data = territories.data;
  const options = units.map((u) => ({ value: u.organisationId, label: u.organisationName }));
  const fail = (error: Error) => void message.error(error.message);
  return (
    <Card size="small" title={t('territory.title')} style={{ marginBottom: 16 }} data-testid="territory-panel">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{t('territory.rankApart')}</Typography.Text>
        <Switch
          aria-label={t('territory.rankApart')}
          checked={data?.rankZonesSeparately ?? false}
          disabled={!data}
          loading={changes.setting.isPending}
          onChange={(checked) => data && changes.setting.mutate({ cityId: data.cityId, rankZonesSeparately: checked }, { onError: fail })}
        />
      </Space>
      <List
        size="small"
        dataSource={data?.overlaps ?? []}
        locale={{ emptyText: t('territory.none') }}
        renderItem={(o) => (
          <List.Item actions={[<Button key="remove" size="small" danger onClick={() => changes.remove.mutate(o.id, { onError: fail })}>{t('territory.remove')}</Button>]}>
            {t(`territory.kinds.${o.kind}`, { unit: o.organisationName, other: o.overlapsOrganisationName })}
          </List.Item>
        )}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <Select aria-label={t('territory.unit')} placeholder={t('territory.unit')} options={options} value={unit} onChange={setUnit} style={{ width: 160 }} showSearch={{ optionFilterProp: 'label' }} />
        <Select
          aria-label={t('territory.kind')}
          value={kind}
          onChange={setKind}
          options={TERRITORY_OVERLAP_KINDS.map((k) => ({ value: k, label: t(`territory.kindNames.${k}`) }))}
          style={{ width: 140 }}
        />
        <Select aria-label={t('territory.other')} placeholder={t('territory.other')} options={options} value={other} onChange={setOther} style={{ width: 160 }} showSearch={{ optionFilterProp: 'label' }} />
        <Button
          disabled={unit === undefined || other === undefined}
          loading={changes.add.isPending}
          onClick={() => unit !== undefined && other !== undefined && changes.add.mutate({ organisationId: unit, overlapsOrganisationId: other, kind }, { onError: fail })}
        >
          {t('territory.add')}
        </Button>
      </Space>
    </Card>
  );
}
