import { useState } from 'react';
import { Button, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation, Role } from '@hongtu/contracts';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { roleOptions } from '../../../lib/labels';
import type { UserFilters } from '../api';

type Filters = Omit<UserFilters, 'page' | 'pageSize'>;

interface Props {
  organisations: readonly Organisation[];
  value: Filters;
  onChange: (filters: Filters) => void;
}

/** Search by name, filter by organisation and role. */
export function UserFilterBar({ organisations, value, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.q ?? '');
  const reset = () => {
    setText('');
    onChange({});
  };
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        style={{ width: 260 }}
        placeholder={t('users.searchPlaceholder')}
        aria-label={t('users.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
      />
      <OrganisationSelect
        organisations={organisations}
        value={value.organisationId ?? null}
        onChange={(organisationId) => onChange({ ...value, organisationId: organisationId ?? undefined })}
        placeholder={t('users.fields.organisation')}
        allowClear
        style={{ width: 240 }}
      />
      <Select<Role>
        allowClear
        style={{ width: 180 }}
        placeholder={t('users.fields.role')}
        aria-label={t('users.fields.role')}
        options={roleOptions(t)}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
      />
      <Button onClick={reset}>{t('common.reset')}</Button>
    </Flex>
  );
}
