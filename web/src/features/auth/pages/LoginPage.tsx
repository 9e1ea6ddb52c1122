import { lazy, Suspense, useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginRequestSchema, type LoginRequest, type Me } from '@hongtu/contracts';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { safeNext } from '../../../app/safe-next';
import { zodRule } from '../../../lib/forms';
import { replaceSession, useLogin, useLogout, useSession } from '../api';
import { useLanguage } from '../useLanguage';

const shape = loginRequestSchema.shape;

// The second step (the authenticator's code, enrolment with its QR code, a new password) loads when
// a sign-in needs it: most sign-ins never show it, and the page comes up sooner without it.
const SignInSecondStep = lazy(() => import('../components/SignInSecondStep').then((m) => ({ default: m.SignInSecondStep })));

/** The sign-in box: as antd's Card draws it, without the card's tabs and loading skeleton the page does not use. */
const BOX = {
  width: 400, maxWidth: '100%', padding: 24, borderRadius: 8, background: '#fff', border: '1px solid #f0f0f0', boxShadow: '0 8px 24px rgba(0, 40, 100, 0.08)',
} as const;

/**
 * Sign-in; after success goes to the page the user was sent here from. A right password may be
 * followed by a second step (the code of the authenticator app, or enrolling one), shown here
 * too, also after a reload, for as long as the server's session waits for it.
 */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const login = useLogin();
  const logout = useLogout();
  const { adoptAfterLogin } = useLanguage();
  const [error, setError] = useState<string | null>(null);

  const finish = useCallback(
    async (user: Me) => {
      replaceSession(queryClient, user);
      // A further step (a new password after the second factor): shown here, from the session.
      if (user.pendingStep) return;
      await adoptAfterLogin(user);
      void navigate(next, { replace: true });
    },
    [queryClient, adoptAfterLogin, navigate, next],
  );
  const sessionEnded = useCallback(
    (message: string) => {
      replaceSession(queryClient, null);
      setError(message);
    },
    [queryClient],
  );

  const pendingStep = session.data?.pendingStep ?? null;
  if (session.data && !pendingStep) return <Navigate to={next} replace />;

  const onFinish = (values: LoginRequest) => {
    setError(null);
    login.mutate(values, {
      onSuccess: async (user) => {
        if (user.pendingStep) return;
        await adoptAfterLogin(user);
        void navigate(next, { replace: true });
      },
      onError: (e) => setError(e.message),
    });
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24, background: 'linear-gradient(160deg, #e6f0ff 0%, #f5f7fa 60%)' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageChoice />
      </div>
      <div style={BOX}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={2} style={{ margin: '12px 0 4px' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </Flex>
        {pendingStep ? (
          <Suspense fallback={null}>
            <SignInSecondStep step={pendingStep} username={session.data?.username ?? ''} onSignedIn={(user) => void finish(user)} onSessionEnded={sessionEnded} onCancel={() => logout.mutate()} />
          </Suspense>
        ) : (
          <>
            {params.get('changed') ? <Alert type="success" showIcon title={t('auth.passwordChanged')} style={{ marginBottom: 16 }} /> : null}
            {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
            <Form<LoginRequest> layout="vertical" requiredMark={false} onFinish={onFinish} disabled={login.isPending}>
              <Form.Item name="username" label={t('auth.username')} rules={[zodRule(shape.username, t)]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
              </Form.Item>
              <Form.Item name="password" label={t('auth.password')} rules={[zodRule(shape.password, t)]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
                {t('auth.submit')}
              </Button>
            </Form>
          </>
        )}
      </div>
      <Typography.Text type="secondary" style={{ marginTop: 24 }}>
        {t('app.footer')}
      </Typography.Text>
    </Flex>
  );
}
