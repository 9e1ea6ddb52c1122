import { Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';
import { useLanguage } from '../features/auth/public';

/** Language menu; each language is listed under its own name. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((l) => ({ key: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> })),
        onClick: ({ key }) => void change(key as (typeof LANGUAGES)[number]),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} title={t('header.language')} style={dark ? { color: '#fff' } : undefined}>
        {LANGUAGE_NAMES[language]}
      </Button>
    </Dropdown>
  );
}
