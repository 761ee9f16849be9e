// Decides what the window shows: the no-session page, first-run setup, sign-in or the desk.
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { NO_SESSION_COOKIE, SIGN_IN_AGAIN, onApiError } from './api/client';
import { useCall } from './api/queries';
import { errorText } from './i18n';
import { SetupScreen } from './screens/setup';
import { SignInScreen } from './screens/sign-in';
import { Frame } from './components/frame';
import { NoSessionPage } from './components/no-session';

export function App() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [noSession, setNoSession] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => onApiError((error) => {
    if (error.code === NO_SESSION_COOKIE) setNoSession(true);
    if (SIGN_IN_AGAIN.has(error.code)) {
      setNotice('app.sessionEnded');
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth.me' && q.queryKey[0] !== 'setup.status' });
      queryClient.setQueryData(['auth.me', {}], null);
    }
  }), [queryClient]);

  const setup = useCall('setup.status', {});
  const me = useCall('auth.me', {}, { enabled: setup.data?.needsSetup === false });

  if (noSession) return <NoSessionPage />;
  if (setup.isPending || (setup.data?.needsSetup === false && me.isPending)) {
    return <Spin fullscreen tip={t('app.loading')} />;
  }
  const failed = setup.error ?? me.error;
  if (failed) {
    return (
      <Result
        status="error"
        title={t('app.loadFailed')}
        subTitle={errorText(failed)}
        extra={<Button type="primary" onClick={() => { void setup.refetch(); void me.refetch(); }}>{t('app.retry')}</Button>}
      />
    );
  }
  if (setup.data?.needsSetup) return <SetupScreen />;
  if (!me.data) {
    return (
      <SignInScreen
        notice={notice ? <Alert type="warning" showIcon title={t(notice)} /> : null}
        onSignedIn={() => setNotice(null)}
      />
    );
  }
  return <Frame user={me.data} />;
}
