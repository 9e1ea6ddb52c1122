import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '@hongtu/contracts';
import '../../app/i18n';
import { meKey, signedInOnly } from './api';
import { EnrolSecondFactor, groupedKey } from './components/EnrolSecondFactor';
import { RecoveryCodesList } from './components/RecoveryCodesList';
import { LoginPage } from './pages/LoginPage';

const me: Me = { id: 1, username: 'reviewer', displayName: '审核员', role: 'city_reviewer', organisationId: 2, organisationName: '武汉市', locale: 'zh-CN', pendingStep: null };
const URI = 'otpauth://totp/Hongtu:reviewer?issuer=Hongtu&secret=HONGTUDEMOSECRETONLYFORTHEDEMOXX&algorithm=SHA1&digits=6&period=30';

function render(node: React.ReactNode, session: Me | null = null): string {
  const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  queryClient.setQueryData(meKey, session);
  return renderToString(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/login']}>{node}</MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('two-step verification in the browser', () => {
  beforeAll(async () => {
    // The sign-in page loads its second step apart (most sign-ins never show it): ask for it once
    // and let it arrive, as the browser does before drawing it.
    render(<LoginPage />, { ...me, pendingStep: 'second-factor' });
    await import('./components/SignInSecondStep');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('counts a session waiting for its second step as no session for the app', () => {
    expect(signedInOnly(me)).toBe(me);
    expect(signedInOnly({ ...me, pendingStep: 'second-factor' })).toBeNull();
    expect(signedInOnly({ ...me, pendingStep: 'enrol-second-factor' })).toBeNull();
    expect(signedInOnly(null)).toBeNull();
  });

  it('shows the password form without a session, and the code form while the sign-in waits for it', () => {
    const password = render(<LoginPage />);
    expect(password).toContain('密码');
    expect(password).not.toContain('两步验证');
    const code = render(<LoginPage />, { ...me, pendingStep: 'second-factor' });
    expect(code).toContain('两步验证');
    expect(code).toMatch(/autocomplete="one-time-code"/i);
    expect(code).toContain('使用恢复码');
    expect(code).not.toContain('current-password');
    const enrol = render(<LoginPage />, { ...me, pendingStep: 'enrol-second-factor' });
    expect(enrol).toContain('启用两步验证');
  });

  it('asks a user whose password the administrator set for a new one, as no session for the rest of the app', () => {
    expect(signedInOnly({ ...me, pendingStep: 'change-password' })).toBeNull();
    const step = render(<LoginPage />, { ...me, pendingStep: 'change-password' });
    expect(step).toContain('设置新密码');
    expect(step).toContain('您的密码由管理员设置');
    expect(step).toMatch(/autocomplete="new-password"/i);
    expect(step).not.toContain('current-password');
    expect(step).not.toContain('两步验证');
  });

  it('shows the QR code of the otpauth URI and the key in groups of four for typing by hand', () => {
    const html = render(<EnrolSecondFactor enrolment={{ secret: 'HONGTUDEMOSECRETONLYFORTHEDEMOXX', uri: URI, issuer: 'Hongtu', account: 'reviewer' }} onConfirmed={() => undefined} />);
    expect(groupedKey('HONGTUDEMOSECRETONLYFORTHEDEMOXX')).toBe('HONG TUDE MOSE CRET ONLY FORT HEDE MOXX');
    expect(html).toContain('HONG TUDE MOSE CRET ONLY FORT HEDE MOXX');
    expect(html).toContain('ant-qrcode');
    expect(html).toContain('完成绑定');
  });

  it('lists the recovery codes once, with the warning that they are not shown again', () => {
    const codes = ['abcde-23456', 'fghjk-78923'];
    const html = render(<RecoveryCodesList codes={codes} onDone={() => undefined} />);
    for (const code of codes) expect(html).toContain(code);
    expect(html).toContain('关闭本页后不再显示');
  });
});
