import type { Schemas } from '@closeloop/api-client';
import { Form, Input } from 'antd';
import { FormDialog } from '../../../ui/FormDialog';
import { useCreatePrincipal } from '../admin-api';
import { RoleAndUnits } from '../shared/RoleAndUnits';

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

  const send = async (values: Values) =>
    onCreated(await create.mutateAsync({ name: values.name.trim(), role: values.role, unitIds: values.unitIds ?? [] }));

  return (
    <FormDialog<Values>
      form={form}
      title="新建 API 密钥"
      okText="生成密钥"
      initialValues={{ role: 'integrator' }}
      send={send}
      sending={create.isPending}
      onClose={onClose}
    >
      <Form.Item
        label="名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 200 }]}
        extra="使用该密钥的系统或联络人"
      >
        <Input placeholder="如：12345 热线系统" maxLength={200} />
      </Form.Item>
      <RoleAndUnits roles={roles} unitsLabel="授权单位" />
    </FormDialog>
  );
}
