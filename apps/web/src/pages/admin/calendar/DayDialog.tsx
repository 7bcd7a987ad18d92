import { AutoComplete, Form, Modal, Radio } from 'antd';
import { type Special, festivals, isWeekend, runText, weekdayNames, weekdayOf } from './calendar-days';

interface Values {
  kind: 'plain' | Special['kind'];
  name?: string;
}

interface Props {
  /** The days being set: one clicked, or a range. */
  dates: string[];
  current: Special | undefined;
  onSet(special: Special | undefined): void;
  onClose(): void;
}

/** What a day (or a range of days) is: as the week has it, a holiday (休), or a weekend made a working day (调休上班). */
export function DayDialog({ dates, current, onSet, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const name = Form.useWatch('name', form) ?? '';
  // The festivals that start with what is typed (none once it is one of them): the list closes when it is complete.
  const suggestions = festivals.filter((f) => f !== name.trim() && f.startsWith(name.trim())).map((value) => ({ value }));
  const weekendOnly = dates.every(isWeekend);
  const title =
    dates.length === 1
      ? `${Number(dates[0].slice(0, 4))}年${runText(dates)} 星期${weekdayNames[weekdayOf(dates[0])]}`
      : `${runText(dates)}（${dates.length} 天）`;
  return (
    <Modal open title={title} okText="确定" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} destroyOnHidden width={420}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: current?.kind ?? 'plain', name: current?.name }}
        onFinish={(v) => {
          onSet(v.kind === 'plain' ? undefined : { kind: v.kind, name: v.name!.trim() });
          onClose();
        }}
      >
        <Form.Item name="kind" label="这一天是">
          <Radio.Group
            options={[
              { value: 'plain', label: '按常规（周一至周五上班）' },
              { value: 'holiday', label: '法定节假日（休）' },
              { value: 'workday', label: '调休上班（班）', disabled: !weekendOnly },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
        {!weekendOnly && kind !== 'workday' && <p style={{ color: '#595959', marginTop: -8 }}>调休上班只能设在周六或周日。</p>}
        {kind && kind !== 'plain' && (
          <Form.Item name="name" label="节日" rules={[{ required: true, whitespace: true, message: '请填写所属节日' }, { max: 100 }]}>
            <AutoComplete options={suggestions} placeholder="如：春节" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
