import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Item } from '../../../api/queries';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { CommandForm } from './CommandForm';
import { decideExtension, recordRevisit, verify } from './writes';

/** 审核延期: approve (the deadline moves; the old one stays on record) or not, with the reason why not. */
export function ExtensionDecisionForm({ item, onClose }: { item: Item; onClose(): void }) {
  const pending = item.pendingExtension!;
  return (
    <CommandForm<{ approve: boolean; reason?: string }, Parameters<typeof decideExtension>[1]>
      item={item}
      title="审核延期申请"
      okText="提交审核意见"
      success="审核意见已提交"
      write={decideExtension}
      initialValues={{ approve: true }}
      toBody={(v) => ({ approve: v.approve, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) })}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item label="申请内容">
            由 {formatDate(item.deadline)} 延至 {formatDate(pending.proposedDeadline)}（{formatDateTime(pending.requestedAt)} 提交）
            <div>理由：{pending.reason}</div>
          </Form.Item>
          <Form.Item label="审核意见" name="approve" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: true, label: '批准' },
                { value: false, label: '不予批准' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['approve']}>
            {() => (
              <Form.Item
                label="理由"
                name="reason"
                rules={[
                  { required: form.getFieldValue('approve') === false, whitespace: true, message: '不予批准须说明理由' },
                  { max: 5000 },
                ]}
              >
                <Input.TextArea rows={3} maxLength={5000} showCount />
              </Form.Item>
            )}
          </Form.Item>
        </>
      )}
    </CommandForm>
  );
}

/** 验收: accept (closed and filed) or reject with reasons, one a line (back to work; the deadline still counts). */
export function VerificationForm({ item, onClose }: { item: Item; onClose(): void }) {
  return (
    <CommandForm<{ accept: boolean; reasons?: string; note?: string }, Parameters<typeof verify>[1]>
      item={item}
      title="验收"
      okText="提交验收结论"
      success="验收结论已提交"
      write={verify}
      initialValues={{ accept: true }}
      toBody={(v) => ({
        accept: v.accept,
        ...(v.accept
          ? {}
          : {
              reasons: (v.reasons ?? '')
                .split('\n')
                .map((r) => r.trim())
                .filter(Boolean),
            }),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      })}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item label="验收结论" name="accept" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: true, label: '验收通过，予以销号' },
                { value: false, label: '验收不通过' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['accept']}>
            {() =>
              form.getFieldValue('accept') === false && (
                <Form.Item
                  label="不通过的理由（每行一条）"
                  name="reasons"
                  rules={[{ required: true, whitespace: true, message: '验收不通过须写明理由' }]}
                >
                  <Input.TextArea rows={4} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item label="验收意见" name="note" rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} maxLength={5000} showCount />
          </Form.Item>
        </>
      )}
    </CommandForm>
  );
}

/** 回头看: the result holds (巩固), or the problem came back (反弹: the item reopens with a new deadline). */
export function RevisitForm({ item, onClose }: { item: Item; onClose(): void }) {
  return (
    <CommandForm<{ outcome: 'consolidated' | 'relapsed'; findings?: string; newDeadline?: Dayjs }, Parameters<typeof recordRevisit>[1]>
      item={item}
      title="回头看"
      okText="提交回头看结果"
      success="回头看结果已提交"
      write={recordRevisit}
      initialValues={{ outcome: 'consolidated' }}
      toBody={(v) => ({
        outcome: v.outcome,
        ...(v.findings?.trim() ? { findings: v.findings.trim() } : {}),
        ...(v.outcome === 'relapsed' && v.newDeadline ? { newDeadline: v.newDeadline.format('YYYY-MM-DD') } : {}),
      })}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item label="结果" name="outcome" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'consolidated', label: '整改成果巩固' },
                { value: 'relapsed', label: '问题反弹，重新整改' },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['outcome']}>
            {() =>
              form.getFieldValue('outcome') === 'relapsed' && (
                <Form.Item label="新的整改时限" name="newDeadline" rules={[{ required: true, message: '请选择新的整改时限' }]}>
                  <DatePicker style={{ width: 200 }} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item label="检查发现" name="findings" rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} maxLength={5000} showCount />
          </Form.Item>
        </>
      )}
    </CommandForm>
  );
}
