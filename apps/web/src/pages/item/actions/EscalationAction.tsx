import type { Schemas } from '@closeloop/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { api, call, ifMatch } from '../../../api/client';
import type { Item } from '../../../api/queries';
import { type EscalationLevel, escalationLabel, refusalOf } from '../../../lib/labels';
import { useSignedIn } from '../../../session/session';
import { problemText, showProblem } from '../../../ui/form-errors';
import { itemNumber } from '../../todo/ItemBits';
import { type ItemWrite, isConflict, useItemCommand } from './use-item-command';

type Preview = Schemas['EscalationPreviewDto'];
interface Values {
  level: EscalationLevel;
  reason: string;
}

const ladder = Object.keys(escalationLabel) as EscalationLevel[];
const documentName = { 督办: '督办单', 约谈: '约谈通知书' } as const;

const preview = (item: Item, level: EscalationLevel): Promise<Preview> =>
  call(api.GET('/v1/items/{id}/escalations/preview', { params: { path: { id: item.id }, query: { level } } }));

/** 升级 with the version the preview was made on (If-Match): a change since then is a 412, not a silent escalation. */
const escalate: ItemWrite<Values & { version: number }> = (item, { version, ...body }, key) =>
  call(
    api.POST('/v1/items/{id}/escalations', {
      params: { path: { id: item.id }, header: { ...ifMatch(version), 'Idempotency-Key': key } },
      body,
    }),
  );

/**
 * 升级督办 (a leader's, by hand): a level of the ladder and the reason, then a confirmation that shows the document
 * number the escalation would get now; the escalation records the number it gets, shown on the item's timeline.
 */
export function EscalationAction({ item }: { item: Item }) {
  const { person } = useSignedIn();
  const [open, setOpen] = useState(false);
  if (person.role !== 'leader' && person.role !== 'admin') return null;
  if (item.status === 'closed' || item.status === 'consolidated') return null;
  return (
    <Card title="领导督办" size="small">
      {/* A plain button: the dialog says what it does, and asks again before it does it. */}
      <Button onClick={() => setOpen(true)}>升级督办</Button>
      {open && <EscalationDialog item={item} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function EscalationDialog({ item, onClose }: { item: Item; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [failure, setFailure] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [confirming, setConfirming] = useState<{ values: Values; preview: Preview }>();
  const queryClient = useQueryClient();
  const command = useItemCommand(item, escalate, { success: '已升级', onConflict: onClose });
  const current = item.escalation.level ? ladder.indexOf(item.escalation.level) : -1;

  const check = async (values: Values) => {
    setFailure(undefined);
    setChecking(true);
    try {
      setConfirming({ values: { level: values.level, reason: values.reason.trim() }, preview: await preview(item, values.level) });
    } catch (error) {
      setFailure(showProblem(form, error, refusalOf));
    } finally {
      setChecking(false);
    }
  };

  const confirm = async () => {
    if (!confirming) return;
    setFailure(undefined);
    try {
      await command.mutateAsync({ body: { ...confirming.values, version: confirming.preview.version }, idempotencyKey });
      void queryClient.invalidateQueries({ queryKey: ['cockpit'] });
      onClose();
    } catch (error) {
      // The form is hidden behind the confirmation: nothing goes beside its fields.
      if (!isConflict(error)) setFailure(problemText(error, refusalOf));
    }
  };

  const shown = confirming?.preview;
  return (
    <Modal
      open
      title={shown ? '确认升级' : '升级督办'}
      okText={shown ? '确认升级' : '下一步'}
      cancelText={shown ? '返回修改' : '取消'}
      onOk={() => (shown ? void confirm() : form.submit())}
      onCancel={() => (shown ? setConfirming(undefined) : onClose())}
      confirmLoading={checking || command.isPending}
      mask={{ closable: false }}
      width={560}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <div style={{ display: shown ? 'none' : undefined }}>
        <Form<Values> form={form} layout="vertical" onFinish={(values) => void check(values)} disabled={checking}>
          <Form.Item label="升级为" name="level" rules={[{ required: true, message: '请选择升级层级' }]}>
            <Select
              placeholder="预警 → 通报 → 督办 → 约谈 → 问责"
              options={ladder.map((level, i) => ({ value: level, label: escalationLabel[level], disabled: i <= current }))}
            />
          </Form.Item>
          <Form.Item
            label="升级理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请填写升级理由' }, { max: 5000 }]}
          >
            <Input.TextArea rows={4} showCount maxLength={5000} placeholder="如：连续三周未报送进展" />
          </Form.Item>
        </Form>
      </div>
      {shown && confirming && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="整改任务">{itemNumber(item)}</Descriptions.Item>
            <Descriptions.Item label="升级为">{escalationLabel[shown.level]}</Descriptions.Item>
            <Descriptions.Item label="升级理由">{confirming.values.reason}</Descriptions.Item>
            <Descriptions.Item label="印发文书">{shown.documentKind ? documentName[shown.documentKind] : '不印发文书'}</Descriptions.Item>
            {shown.documentNumber && (
              <Descriptions.Item label="文号">
                <Typography.Text strong data-testid="preview-document-number">
                  {shown.documentNumber}
                </Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
          {shown.documentNumber && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 16 }}
              title="说明：文号为当前预览的下一个编号。如在您确认前他人先行升级其他任务，文号可能顺延；以升级后办理过程中记录的文号为准。"
            />
          )}
        </>
      )}
    </Modal>
  );
}
