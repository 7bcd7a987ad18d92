import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Divider, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type SignInMethods, sessionApi } from '../../api/session-api';
import { safeNext } from '../../session/next-path';
import { homeOf } from '../../session/roles';
import { useSession } from '../../session/session';
import { showProblem } from '../../ui/form-errors';
import { Loading } from '../../ui/states';
import { SignInLayout } from './SignInLayout';

interface Credentials {
  login: string;
  password: string;
}

/** Why the single sign-on sent the person back here (GET /v1/session/oidc/callback → /sign-in?error=…). */
const oidcErrors: Record<string, string> = {
  'oidc-refused': '统一身份认证未通过，请重新认证，或使用账号密码登录。',
  'unknown-person': '您的统一身份认证账号尚未在本系统开通或已停用，请联系方案管理员。',
};

/** 账号 + 密码, and 统一身份认证 when the API offers it. */
export default function SignInPage() {
  const { session, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Credentials>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const methods = useQuery({
    queryKey: ['session', 'methods'],
    queryFn: sessionApi.methods,
    retry: false,
    staleTime: Infinity,
  });
  const next = safeNext(params.get('next'));
  const oidcError = oidcErrors[params.get('error') ?? ''];

  if (session === undefined) return <Loading />;
  if (session) return <Navigate to={next ?? homeOf(session.person.role)} replace />;

  // Without an answer (an API from before sign-in methods), the password form alone.
  const offered: SignInMethods = methods.data ?? { local: true, oidc: null };

  const submit = async ({ login, password }: Credentials) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const started = await sessionApi.signIn(login.trim(), password);
      signedIn(started);
      void navigate(next ?? homeOf(started.person.role), { replace: true });
    } catch (error) {
      form.setFieldValue('password', '');
      setFailure(signInFailure(error) ?? showProblem(form, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SignInLayout title="登录">
      {oidcError && <Alert type="error" showIcon title={oidcError} style={{ marginBottom: 16 }} />}
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      {methods.isLoading ? (
        <Loading rows={3} />
      ) : (
        <>
          {offered.local && (
            <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} disabled={busy}>
              <Form.Item label="账号" name="login" rules={[{ required: true, whitespace: true, message: '请输入账号' }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
              </Form.Item>
              <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block size="large" loading={busy}>
                登录
              </Button>
            </Form>
          )}
          {offered.oidc && (
            <>
              {offered.local && <Divider plain>或</Divider>}
              <Button block size="large" icon={<SafetyCertificateOutlined />} href="/v1/session/oidc">
                {offered.oidc.label || '统一身份认证'}
              </Button>
            </>
          )}
        </>
      )}
    </SignInLayout>
  );
}

/** The sign-in's own refusals, in the words the page uses (the API gives one message for every wrong login). */
function signInFailure(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.slug === 'sign-in-failed') return '账号或密码不正确。';
  if (error.slug === 'sign-in-throttled' || error.status === 429) {
    const minutes = error.retryAfter ? Math.ceil(error.retryAfter / 60) : undefined;
    return minutes ? `登录失败次数过多，请 ${minutes} 分钟后再试。` : '登录失败次数过多，请稍后再试。';
  }
  return undefined;
}
