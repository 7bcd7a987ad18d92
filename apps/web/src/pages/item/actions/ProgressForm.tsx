import { Checkbox, Form, Input, InputNumber } from 'antd';
import type { Item } from '../../../api/queries';
import { formatDate } from '../../../lib/dates';
import { CommandForm } from './CommandForm';
import { reportProgress } from './writes';

interface Values {
  percent: number;
  indicatorValue?: number | null;
  milestonesReached?: string[];
  note?: string;
}

/** 进展填报: percent, the indicator's value, milestones reached, a note. */
export function ProgressForm({ item, onClose }: { item: Item; onClose(): void }) {
  const open = item.milestones.filter((m) => !m.reached);
  return (
    <CommandForm<Values, Parameters<typeof reportProgress>[1]>
      item={item}
      title="进展填报"
      okText="提交"
      success="进展已填报"
      write={reportProgress}
      initialValues={{ percent: item.percent, indicatorValue: item.indicatorValue, milestonesReached: [] }}
      toBody={(v) => ({
        percent: v.percent,
        ...(item.indicator && v.indicatorValue !== undefined && v.indicatorValue !== null ? { indicatorValue: v.indicatorValue } : {}),
        milestonesReached: v.milestonesReached ?? [],
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      })}
      onClose={onClose}
    >
      <Form.Item label="整改进度（%）" name="percent" rules={[{ required: true, message: '请填写进度' }]}>
        <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      {item.indicator && (
        <Form.Item label={`${item.indicator.name}（${item.indicator.unit}）`} name="indicatorValue">
          <InputNumber style={{ width: 200 }} />
        </Form.Item>
      )}
      {open.length > 0 && (
        <Form.Item label="本次完成的阶段性目标" name="milestonesReached">
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={open.map((m) => ({ value: m.id, label: `${m.title}（${formatDate(m.due)}）` }))}
          />
        </Form.Item>
      )}
      <Form.Item label="进展说明" name="note" rules={[{ max: 5000 }]}>
        <Input.TextArea rows={4} showCount maxLength={5000} />
      </Form.Item>
    </CommandForm>
  );
}
