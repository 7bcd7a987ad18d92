import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Item, ItemEvent } from '../../../api/queries';
import { useSignedIn } from '../../../session/session';
import { ClosureForm } from './ClosureForm';
import { ExtensionForm } from './ExtensionForm';
import { ProgressForm } from './ProgressForm';
import { useItemCommand } from './use-item-command';
import { acknowledge } from './writes';

type Open = 'progress' | 'extension' | 'closure' | 'answer' | undefined;

/**
 * What the responsible unit may do now, by the item's status (the API decides; the page offers only what it would
 * accept): 签收 while assigned; 进展填报, 申请延期, 申请销号 while in progress; 答复异议 after an objection or a
 * rejected verification sent the item back to work.
 */
export function ItemActions({ item, events }: { item: Item; events: ItemEvent[] }) {
  const { person } = useSignedIn();
  const [open, setOpen] = useState<Open>();
  const close = () => setOpen(undefined);
  const acknowledgement = useItemCommand(item, acknowledge, { success: '已签收' });
  const responsible =
    person.role === 'admin' || (person.role === 'unit' && !!item.responsibleUnitId && person.unitIds.includes(item.responsibleUnitId));
  if (!responsible) return null;

  const objection = item.status === 'in_progress' ? openObjection(events) : undefined;
  const actions = [];
  if (item.status === 'assigned') {
    actions.push(
      <Popconfirm
        key="ack"
        title="确认签收该整改任务？"
        description="签收后即开始计算整改进度与提醒。"
        okText="签收"
        cancelText="取消"
        onConfirm={() => acknowledgement.mutate({ body: {}, idempotencyKey: crypto.randomUUID() })}
      >
        <Button type="primary" loading={acknowledgement.isPending}>
          签收
        </Button>
      </Popconfirm>,
    );
  }
  if (item.status === 'in_progress') {
    actions.push(
      <Button key="progress" type="primary" onClick={() => setOpen('progress')}>
        进展填报
      </Button>,
    );
    if (item.deadline && !item.pendingExtension) {
      actions.push(
        <Button key="extension" onClick={() => setOpen('extension')}>
          申请延期
        </Button>,
      );
    }
    if (item.kind !== 'long_term') {
      actions.push(
        <Button key="closure" onClick={() => setOpen('closure')}>
          申请销号
        </Button>,
      );
    }
    if (objection) {
      actions.push(
        <Button key="answer" danger onClick={() => setOpen('answer')}>
          答复异议
        </Button>,
      );
    }
  }

  return (
    <Card title="办理" size="small">
      {actions.length > 0 ? <Space wrap>{actions}</Space> : <Typography.Text type="secondary">{waiting(item)}</Typography.Text>}
      {acknowledgement.error && !acknowledgement.isPending && (
        <Typography.Paragraph type="danger" role="alert" style={{ marginTop: 8, marginBottom: 0 }}>
          签收未成功：{acknowledgement.error.message}
        </Typography.Paragraph>
      )}
      {open === 'progress' && <ProgressForm item={item} onClose={close} />}
      {open === 'answer' && <ProgressForm item={item} onClose={close} answering={objection} />}
      {open === 'extension' && <ExtensionForm item={item} onClose={close} />}
      {open === 'closure' && <ClosureForm item={item} onClose={close} />}
    </Card>
  );
}

/** Why there is nothing to do now. */
function waiting(item: Item): string {
  switch (item.status) {
    case 'in_public_notice':
      return '销号申请公示中，公示期满后由督导单位验收。';
    case 'awaiting_verification':
      return '销号申请已提交，等待督导单位验收。';
    case 'closed':
      return '该任务已销号，后续将按期开展“回头看”。';
    case 'consolidated':
      return '该任务整改成果已巩固。';
    default:
      return '当前无需办理的事项。';
  }
}

/**
 * The objection or rejection that sent the item back to work, when no report has answered it since: its reasons.
 */
function openObjection(events: ItemEvent[]): string | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.type === 'ProgressReported') return undefined;
    const data = event.data as { reason?: string; reasons?: string[] };
    if (event.type === 'ObjectionRaised') return data.reason;
    if (event.type === 'VerificationRejected') return (data.reasons ?? []).join('；');
  }
  return undefined;
}
