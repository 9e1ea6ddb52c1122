import { useMemo, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@hongtu/contracts';
import { buildOrgTree, toTreeSelectData } from '../features/organisations/public';
import { useDisplayText } from '../lib/traditional';

interface OrganisationSelectProps {
  organisations: readonly Organisation[];
  /** Which organisations may be picked; the others are shown (for context) but disabled. */
  selectable?: (org: Organisation) => boolean;
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  /**
   * The picker's accessible name. Without one, a picker with an id is named by its form label; one
   * standing alone (a filter) by its placeholder, else "选择单位".
   */
  'aria-label'?: string;
}

/** Picks one organisation from the caller's scope, as a searchable tree (names in Traditional in zh-TW). */
export function OrganisationSelect({ organisations, selectable, value, onChange, 'aria-label': label, ...rest }: OrganisationSelectProps) {
  const { t } = useTranslation();
  const show = useDisplayText();
  const treeData = useMemo(
    () => toTreeSelectData(buildOrgTree(organisations.map((o) => ({ ...o, name: show(o.name) }))), selectable),
    [organisations, selectable, show],
  );
  return (
    <TreeSelect
      {...rest}
      aria-label={label ?? (rest.id === undefined ? (rest.placeholder ?? t('a11y.organisationPicker')) : undefined)}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      listHeight={400}
    />
  );
}
