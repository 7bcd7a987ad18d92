import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Item } from '../../../api/queries';
import { dayjs, formatDate } from '../../../lib/dates';
import { CommandForm } from './CommandForm';
import { requestExtension } from './writes';

interface Values {
  proposedDeadline: Dayjs;
  reason: string;
}

/** 申请延期: a later deadline and why; the supervising unit decides, and the old deadline stays on record. */
export function ExtensionForm({ item, onClose }: { item: Item; onClose(): void }) {
  const current = item.deadline!;
  return (
    <CommandForm<Values, Parameters<typeof requestExtension>[1]>
      item={item}
      title="申请延期"
      okText="提交申请"
      success="延期申请已提交，等待督导单位审核"
      write={requestExtension}
      toBody={(v) => ({ proposedDeadline: v.proposedDeadline.format('YYYY-MM-DD'), reason: v.reason.trim() })}
      onClose={onClose}
    >
      <Form.Item label="现行整改时限">{formatDate(current)}</Form.Item>
      <Form.Item label="申请延至" name="proposedDeadline" rules={[{ required: true, message: '请选择申请延至的日期' }]}>
        <DatePicker disabledDate={(day) => !day.isAfter(dayjs(current), 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label="延期理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写延期理由' }, { max: 5000 }]}>
        <Input.TextArea rows={4} showCount maxLength={5000} placeholder="如：受汛期影响，施工无法按期完成" />
      </Form.Item>
    </CommandForm>
  );
}
