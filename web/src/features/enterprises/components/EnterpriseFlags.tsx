import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_FLAGS } from '@hongtu/domain';
import type { EnterpriseItem } from '@hongtu/contracts/enterprises';

/** The flags an enterprise carries, as tags (its headquarters kind first). */
export function EnterpriseFlags({ item }: { item: Pick<EnterpriseItem, 'flags' | 'headquartersKind'> }) {
  const { t } = useTranslation('enterprises');
  return (
    <Space size={[4, 4]} wrap>
      {item.headquartersKind ? <Tag color="gold">{t(`headquartersKind.${item.headquartersKind}`)}</Tag> : null}
      {ENTERPRISE_FLAGS.filter((f) => item.flags[f]).map((f) => <Tag key={f} color="blue">{t(`flag.${f}`)}</Tag>)}
    </Space>
  );
}
