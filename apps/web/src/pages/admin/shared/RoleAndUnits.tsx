import { Form, Select } from 'antd';
import { roleLabel } from '../../../lib/labels';
import { UnitPicker } from './UnitPicker';

type Role = keyof typeof roleLabel;

/**
 * 角色 and the units one acts for (fields `role`, `unitIds`): at least one unit, except for 方案管理, which acts for
 * all of them when it names none.
 */
export function RoleAndUnits({ roles, unitsLabel }: { roles: readonly Role[]; unitsLabel: string }) {
  const admin = Form.useWatch<Role | undefined>('role') === 'admin';
  return (
    <>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
        <Select options={roles.map((value) => ({ value, label: roleLabel[value] }))} />
      </Form.Item>
      <Form.Item
        label={unitsLabel}
        name="unitIds"
        extra={admin ? '方案管理不限单位，可不选' : '可办理这些单位及其下级单位的事项'}
        rules={[{ required: !admin, type: 'array', min: admin ? 0 : 1, message: '请至少选择一个单位' }]}
      >
        <UnitPicker multiple placeholder="选择单位" />
      </Form.Item>
    </>
  );
}
