import { App, Form, Input, Select } from 'antd';
import { FormDialog } from '../../../ui/FormDialog';
import { type Unit, useCreateUnit } from '../admin-api';
import { unitKindLabel } from '../shared/admin-labels';
import { CodeField } from '../shared/CodeField';
import { UnitPicker } from '../shared/UnitPicker';

interface Values {
  parentId?: string;
  name: string;
  id: string;
  kind: Unit['kind'];
}

const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const refusals = { 'unit-exists': { field: 'id', text: '该单位编号已被使用' } };

/** 新增单位: under a parent (or at the top), with a stable code, a name and a kind. */
export function CreateUnitForm({ parentId, onClose }: { parentId?: string; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const { message } = App.useApp();

  const send = async ({ parentId: parent, ...unit }: Values) => {
    await create.mutateAsync({ ...unit, name: unit.name.trim(), ...(parent ? { parentId: parent } : {}) });
    void message.success(`已新增单位：${unit.name.trim()}`);
    onClose();
  };

  return (
    <FormDialog<Values>
      form={form}
      title="新增单位"
      okText="新增"
      initialValues={{ parentId, kind: parentId ? 'department' : 'plan_owner' }}
      send={send}
      sending={create.isPending}
      refusals={refusals}
      onClose={onClose}
    >
      <Form.Item label="上级单位" name="parentId" extra="不选则为最上一级（如市人民政府）">
        <UnitPicker placeholder="选择上级单位" />
      </Form.Item>
      <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 200 }]}>
        <Input placeholder="如：呼和浩特市生态环境局" maxLength={200} />
      </Form.Item>
      <CodeField
        label="单位编号"
        name="id"
        extra="导入表格和接口中使用的固定编号，创建后不可修改"
        pattern={UNIT_ID}
        patternText="1–64 位小写字母、数字或连字符，以字母或数字开头"
        placeholder="如：hhht-eco"
      />
      <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
        <Select options={Object.entries(unitKindLabel).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
    </FormDialog>
  );
}
