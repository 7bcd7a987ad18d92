import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import type { Item } from '../../../api/queries';
import { CommandForm } from './CommandForm';
import { requestClosure } from './writes';

interface Evidence {
  kind: string;
  ref: string;
  name?: string;
}

interface Values {
  evidence: Evidence[];
  note?: string;
}

const kinds = [
  { value: 'photo', label: '现场照片' },
  { value: 'document', label: '文件资料' },
  { value: 'monitoring', label: '监测数据' },
  { value: 'other', label: '其他' },
];

/** 申请销号: the evidence (where each piece is kept) and a note; verification or public notice follows. */
export function ClosureForm({ item, onClose }: { item: Item; onClose(): void }) {
  return (
    <CommandForm<Values, Parameters<typeof requestClosure>[1]>
      item={item}
      title="申请销号"
      okText="提交申请"
      success="销号申请已提交"
      write={requestClosure}
      initialValues={{ evidence: [{ kind: 'photo', ref: '' }] }}
      toBody={(v) => ({
        evidence: v.evidence.map((e) => ({ kind: e.kind, ref: e.ref.trim(), ...(e.name?.trim() ? { name: e.name.trim() } : {}) })),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      })}
      onClose={onClose}
    >
      <Form.Item label="佐证材料" required>
        <Form.List
          name="evidence"
          rules={[
            { validator: async (_, list?: Evidence[]) => (list?.length ? undefined : Promise.reject(new Error('至少提供一项佐证材料'))) },
          ]}
        >
          {(entries, { add, remove }, { errors }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {entries.map(({ key, name }) => (
                <Space key={key} align="start" wrap>
                  <Form.Item name={[name, 'kind']} noStyle rules={[{ required: true }]}>
                    <Select options={kinds} style={{ width: 120 }} aria-label="材料类型" />
                  </Form.Item>
                  <Form.Item name={[name, 'ref']} noStyle rules={[{ required: true, whitespace: true, message: '请填写材料存放位置' }]}>
                    <Input placeholder="链接或档案编号" style={{ width: 220 }} aria-label="链接或档案编号" />
                  </Form.Item>
                  <Form.Item name={[name, 'name']} noStyle>
                    <Input placeholder="名称（可选）" style={{ width: 140 }} aria-label="材料名称" />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label="删除该项" onClick={() => remove(name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'document', ref: '' })}>
                添加佐证材料
              </Button>
              <Form.ErrorList errors={errors} />
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label="说明" name="note" rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} showCount maxLength={5000} />
      </Form.Item>
    </CommandForm>
  );
}
