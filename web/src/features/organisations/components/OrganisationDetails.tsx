import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation, OrganisationGroup } from '@hongtu/contracts';
import { KIND_COLOURS, kindLabel } from '../../../lib/labels';

interface Props {
  organisation: Organisation;
  parent: Organisation | undefined;
  groups: readonly OrganisationGroup[];
}

/** The fields of one organisation. */
export function OrganisationDetails({ organisation: org, parent, groups }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const groupNames = groups.filter((g) => org.groupIds.includes(g.id)).map((g) => <Tag key={g.id}>{g.name}</Tag>);
  return (
    <Descriptions
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'name', label: t('organisations.fields.name'), children: org.name },
        { key: 'code', label: t('organisations.fields.code'), children: org.code },
        { key: 'kind', label: t('organisations.fields.kind'), children: <Tag color={KIND_COLOURS[org.kind]}>{kindLabel(t, org.kind)}</Tag> },
        {
          key: 'parent',
          label: t('organisations.fields.parent'),
          children: parent ? <Link to={`/organisations/${parent.id}`}>{parent.name}</Link> : org.parentId === null ? t('organisations.topLevel') : none,
        },
        { key: 'division', label: t('organisations.fields.divisionCode'), children: org.divisionCode ?? none },
        { key: 'groups', label: t('organisations.fields.groups'), children: groupNames.length ? groupNames : none },
        { key: 'version', label: t('organisations.fields.version'), children: org.version },
      ]}
    />
  );
}
