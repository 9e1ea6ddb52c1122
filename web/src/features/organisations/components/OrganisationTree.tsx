import { useMemo, useState } from 'react';
import { Empty, Flex, Input, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '@hongtu/contracts';
import { KIND_COLOURS, kindLabel } from '../../../lib/labels';
import { allIds, buildOrgTree, filterOrgTree, textMatcher, type OrgNode } from '../orgTree';

/** The organisation tree of the caller's scope, filterable by name or code; names link to details. */
export function OrganisationTree({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const tree = useMemo(() => buildOrgTree(organisations), [organisations]);
  const visible = useMemo(() => filterOrgTree(tree, textMatcher(filter)), [tree, filter]);
  // The top two levels open by default; everything open while filtering.
  const defaultExpanded = useMemo(() => tree.flatMap((n) => [n.org.id, ...n.children.map((c) => c.org.id)]), [tree]);
  const [expanded, setExpanded] = useState<number[] | null>(null);
  const expandedKeys = filter.trim() ? allIds(visible) : (expanded ?? defaultExpanded);

  const toData = (nodes: OrgNode[]): DataNode[] =>
    nodes.map(({ org, children }) => ({
      key: org.id,
      title: (
        <Flex gap={8} align="center" wrap>
          <Link to={`/organisations/${org.id}`}>{org.name}</Link>
          <Tag color={KIND_COLOURS[org.kind]} variant="outlined">{kindLabel(t, org.kind)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {org.code}
          </Typography.Text>
        </Flex>
      ),
      children: toData(children),
    }));

  return (
    <Flex vertical gap={12}>
      <Input.Search allowClear placeholder={t('organisations.filterPlaceholder')} aria-label={t('organisations.filterPlaceholder')} onChange={(e) => setFilter(e.target.value)} />
      {visible.length === 0 ? (
        <Empty description={t('state.empty')} />
      ) : (
        <Tree
          showLine
          blockNode
          selectable={false}
          treeData={toData(visible)}
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpanded(keys.map(Number))}
        />
      )}
    </Flex>
  );
}
