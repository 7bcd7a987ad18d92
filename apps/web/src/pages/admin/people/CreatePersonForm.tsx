import type { Schemas } from '@closeloop/api-client';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { roleLabel } from '../../../lib/labels';
import { showApiErrors } from '../shared/field-errors';
import { UnitPicker } from '../shared/UnitPicker';
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
const slugFields = { 'login-taken': { field: 'login', text: '该账号已被使用' } };

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
  const [failure, setFailure] = useState<string>();
  const role = Form.useWatch('role', form);

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
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
    } catch (error) {
      setFailure(showApiErrors(form, error, slugFields));
    }
  };

  return (
    <Modal
      open
      title="新增人员"
      okText="新增并生成邀请链接"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ role: 'unit' }}
        onFinish={(v) => void submit(v)}
        disabled={create.isPending}
      >
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 200 }]}>
          <Input placeholder="如：王立新" maxLength={200} />
        </Form.Item>
        <Form.Item
          label="账号"
          name="login"
          extra="登录时使用，可用邮箱；创建后不可修改"
          rules={[
            { required: true, message: '请填写账号' },
            { pattern: LOGIN, message: '2–64 位小写字母、数字或 . _ @ -，以字母或数字开头' },
          ]}
        >
          <Input placeholder="如：wanglixin" maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={roles.map((value) => ({ value, label: roleLabel[value] }))} />
        </Form.Item>
        <Form.Item
          label="所属单位"
          name="unitIds"
          extra={role === 'admin' ? '方案管理不限单位，可不选' : '可办理这些单位及其下级单位的事项'}
          rules={[{ required: role !== 'admin', type: 'array', min: role === 'admin' ? 0 : 1, message: '请至少选择一个单位' }]}
        >
          <UnitPicker multiple placeholder="选择单位" />
        </Form.Item>
        <Form.Item
          label="统一身份认证标识（可选）"
          name="oidcSubject"
          extra="使用统一身份认证登录时，填写该人员在认证平台的用户标识（sub）"
        >
          <Input maxLength={255} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
