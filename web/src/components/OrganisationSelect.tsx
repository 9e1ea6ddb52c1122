import { useMemo, type CSSProperties } from 'react';
import { TreeSelect } from 'antd';
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
}

/** Picks one organisation from the caller's scope, as a searchable tree (names in Traditional in zh-TW). */
export function OrganisationSelect({ organisations, selectable, value, onChange, ...rest }: OrganisationSelectProps) {
  const show = useDisplayText();
  const treeData = useMemo(
    () => toTreeSelectData(buildOrgTree(organisations.map((o) => ({ ...o, name: show(o.name) }))), selectable),
    [organisations, selectable, show],
  );
  return (
    <TreeSelect
      {...rest}
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
