import type { Schemas } from '@closeloop/api-client';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { roleLabel } from '../../../lib/labels';
import { useCreatePrincipal } from '../admin-api';
import { showApiErrors } from '../shared/field-errors';
import { UnitPicker } from '../shared/UnitPicker';

type Role = Schemas['CreatePrincipalDto']['role'];

interface Values {
  name: string;
  role: Role;
  unitIds?: string[];
}

const roles: Role[] = ['integrator', 'unit', 'supervisor', 'leader', 'admin'];

/** 新建密钥: who it is for, its role and the units it acts for; the key itself is shown once after. */
export function CreateKeyForm({ onClose, onCreated }: { onClose(): void; onCreated(created: Schemas['PrincipalWithKeyDto']): void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreatePrincipal();
  const [failure, setFailure] = useState<string>();
  const role = Form.useWatch('role', form);

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
      onCreated(await create.mutateAsync({ name: values.name.trim(), role: values.role, unitIds: values.unitIds ?? [] }));
    } catch (error) {
      setFailure(showApiErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title="新建 API 密钥"
      okText="生成密钥"
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
        initialValues={{ role: 'integrator' }}
        onFinish={(v) => void submit(v)}
        disabled={create.isPending}
      >
        <Form.Item
          label="名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 200 }]}
          extra="使用该密钥的系统或联络人"
        >
          <Input placeholder="如：12345 热线系统" maxLength={200} />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={roles.map((value) => ({ value, label: roleLabel[value] }))} />
        </Form.Item>
        <Form.Item
          label="授权单位"
          name="unitIds"
          extra={role === 'admin' ? '方案管理不限单位，可不选' : '可办理这些单位及其下级单位的事项'}
          rules={[{ required: role !== 'admin', type: 'array', min: role === 'admin' ? 0 : 1, message: '请至少选择一个单位' }]}
        >
          <UnitPicker multiple placeholder="选择单位" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
