import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { sessionApi } from '../../api/session-api';
import { formatDateTime } from '../../lib/dates';
import { homeOf } from '../../session/roles';
import { useSession } from '../../session/session';
import { showProblem } from '../../ui/form-errors';
import { Failed, Loading } from '../../ui/states';
import { SignInLayout } from './SignInLayout';

interface NewPassword {
  password: string;
  repeat: string;
}

const MIN_LENGTH = 10;

/** /invitation/:token — the one-time link an admin sends: set a password, and be signed in. */
export default function InvitationPage() {
  const { token = '' } = useParams();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewPassword>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const invitation = useQuery({ queryKey: ['invitation', token], queryFn: () => sessionApi.invitation(token), retry: false });

  if (invitation.isLoading) return <Loading />;
  if (invitation.error) {
    const invalid = invitation.error instanceof ApiError && invitation.error.status === 404;
    return (
      <SignInLayout title="设置密码">
        {invalid ? (
          <Result
            status="warning"
            title="邀请链接无效或已过期"
            subTitle="每个邀请链接只能使用一次。请联系方案管理员重新发送邀请。"
            extra={<Link to="/sign-in">前往登录</Link>}
          />
        ) : (
          <Failed error={invitation.error} retry={() => void invitation.refetch()} />
        )}
      </SignInLayout>
    );
  }
  const { name, login, expiresAt } = invitation.data!;

  const submit = async ({ password }: NewPassword) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const session = await sessionApi.acceptInvitation(token, password);
      signedIn(session);
      void navigate(homeOf(session.person.role), { replace: true });
    } catch (error) {
      setFailure(showProblem(form, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SignInLayout title="设置密码">
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="姓名">{name}</Descriptions.Item>
        <Descriptions.Item label="账号">{login}</Descriptions.Item>
        <Descriptions.Item label="链接有效期至">{formatDateTime(expiresAt)}</Descriptions.Item>
      </Descriptions>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} disabled={busy}>
        <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
        <Form.Item
          label="新密码"
          name="password"
          extra={`至少 ${MIN_LENGTH} 个字符，且不能与账号相同`}
          rules={[
            { required: true, message: '请输入新密码' },
            { min: MIN_LENGTH, message: `密码至少 ${MIN_LENGTH} 个字符` },
            {
              validator: async (_, value: string) =>
                value && value === login ? Promise.reject(new Error('密码不能与账号相同')) : undefined,
            },
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="repeat"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_, value: string) =>
                !value || value === getFieldValue('password') ? undefined : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          设置密码并登录
        </Button>
      </Form>
    </SignInLayout>
  );
}
