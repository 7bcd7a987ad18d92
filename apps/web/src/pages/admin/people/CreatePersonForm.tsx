import type { Schemas } from '@closeloop/api-client';
import { Form, Input } from 'antd';
import { FormDialog } from '../../../ui/FormDialog';
import { CodeField } from '../shared/CodeField';
import { RoleAndUnits } from '../shared/RoleAndUnits';
import { useCreatePerson } from './people-api';

type Role = Schemas['CreatePersonDto']['role'];

interface Values {
  name: string;
  login: string;
  role: Role;
  unitIds?: string[];
  oidcSubject?: string;
}

const roles: Role[] = ['unit', 'supervisor', 'leader', 'admin'];
const LOGIN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
const refusals = { 'login-taken': { field: 'login', text: '该账号已被使用' } };

/** 新增人员: name, login, role and units (and the single sign-on subject, if used); the invitation link is shown once after. */
export function CreatePersonForm({
  onClose,
  onCreated,
}: {
  onClose(): void;
  onCreated(created: Schemas['PersonWithInvitationDto']): void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreatePerson();

  const send = async (values: Values) => {
    const subject = values.oidcSubject?.trim();
    onCreated(
      await create.mutateAsync({
        name: values.name.trim(),
        login: values.login.trim(),
        role: values.role,
        unitIds: values.unitIds ?? [],
        ...(subject ? { oidcSubject: subject } : {}),
      }),
    );
  };

  return (
    <FormDialog<Values>
      form={form}
      title="新增人员"
      okText="新增并生成邀请链接"
      initialValues={{ role: 'unit' }}
      send={send}
      sending={create.isPending}
      refusals={refusals}
      onClose={onClose}
    >
      <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 200 }]}>
        <Input placeholder="如：王立新" maxLength={200} />
      </Form.Item>
      <CodeField
        label="账号"
        name="login"
        extra="登录时使用，可用邮箱；创建后不可修改"
        pattern={LOGIN}
        patternText="2–64 位小写字母、数字或 . _ @ -，以字母或数字开头"
        placeholder="如：wanglixin"
      />
      <RoleAndUnits roles={roles} unitsLabel="所属单位" />
      <Form.Item label="统一身份认证标识（可选）" name="oidcSubject" extra="使用统一身份认证登录时，填写该人员在认证平台的用户标识（sub）">
        <Input maxLength={255} autoComplete="off" />
      </Form.Item>
    </FormDialog>
  );
}
