import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <Button
      size="small"
      type={dark ? 'text' : 'default'}
      style={dark ? { color: 'rgba(255,255,255,0.85)' } : undefined}
      icon={<GlobalOutlined />}
      lang={en ? 'zh-CN' : 'en'}
      onClick={() => setLanguage(en ? 'zh-CN' : 'en')}
    >
      {en ? t('app.switchToChinese') : t('app.switchToEnglish')}
    </Button>
  );
}
