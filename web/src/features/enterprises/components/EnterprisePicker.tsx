import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseItem } from '@hongtu/contracts/enterprises';
import { useEnterpriseList } from '../api';

export interface EnterprisePickerProps {
  value?: number;
  /** The id picked, its label and the registry's record (district, credit code, flags). */
  onChange?: (id: number | undefined, label?: string, item?: EnterpriseItem) => void;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  /** The picker's accessible name; without one, a picker with an id is named by its form label, one standing alone by its placeholder. */
  'aria-label'?: string;
}

/** Picks an enterprise of the registry in the user's scope: search by name, 拼音, 首字母 or credit code. */
export function EnterprisePicker({ value, onChange, placeholder, disabled, id, 'aria-label': label }: EnterprisePickerProps) {
  const { t } = useTranslation('enterprises');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  // ask the server once typing pauses, not on every key
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const list = useEnterpriseList({ q: q || undefined, pageSize: 20 }, true);
  const options = (list.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }));
  return (
    <Select
      id={id}
      aria-label={label ?? (id === undefined ? (placeholder ?? t('picker.placeholder')) : undefined)}
      showSearch
      allowClear
      value={value}
      disabled={disabled}
      placeholder={placeholder ?? t('picker.placeholder')}
      filterOption={false}
      onSearch={setSearch}
      loading={list.isFetching}
      notFoundContent={t('picker.notFound')}
      options={options}
      onChange={(v: number | undefined) => onChange?.(v, options.find((o) => o.value === v)?.label, list.data?.items.find((e) => e.id === v))}
      style={{ width: '100%' }}
    />
  );
}
