import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/zh-cn';
import './i18n';
import './styles.css';
import { App } from './app';
import { ApiError } from './api/client';

const queryClient = new QueryClient({
  defaultOptions: {
    // The desk answers with a coded error; asking again will not change it.
    queries: { retry: (count, error) => !(error instanceof ApiError) && count < 1, refetchOnWindowFocus: false },
  },
});

function Root() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <ConfigProvider
      // Keep button names as written ("登录", not "登 录"): screen readers and tests read them.
      button={{ autoInsertSpace: false }}
      locale={en ? enUS : zhCN}
      theme={{
        algorithm: theme.compactAlgorithm,
        token: {
          borderRadius: 2,
          fontFamily: '-apple-system, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif',
        },
      }}
    >
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
