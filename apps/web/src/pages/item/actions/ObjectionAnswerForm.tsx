import { Form, Input } from 'antd';
import type { Item } from '../../../api/queries';
import { CommandForm } from './CommandForm';
import { answerObjection } from './writes';

interface Values {
  answer: string;
}

/** 答复异议: the responsible unit's answer to the objection raised during the public notice, recorded beside it. */
export function ObjectionAnswerForm({ item, objection, onClose }: { item: Item; objection: string; onClose(): void }) {
  return (
    <CommandForm<Values, Parameters<typeof answerObjection>[1]>
      item={item}
      title="答复异议"
      okText="提交答复"
      success="答复已提交，督导单位将收到通知"
      write={answerObjection}
      toBody={(v) => ({ answer: v.answer.trim() })}
      onClose={onClose}
    >
      <Form.Item label="公示期间收到的异议">
        <div style={{ whiteSpace: 'pre-wrap' }}>{objection}</div>
      </Form.Item>
      <Form.Item label="答复意见" name="answer" rules={[{ required: true, whitespace: true, message: '请填写答复意见' }, { max: 5000 }]}>
        <Input.TextArea rows={5} showCount maxLength={5000} placeholder="核查情况、已采取的整改措施及结果" />
      </Form.Item>
    </CommandForm>
  );
}
