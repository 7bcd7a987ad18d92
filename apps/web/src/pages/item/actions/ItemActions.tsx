import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Item, ItemEvent } from '../../../api/queries';
import { useSignedIn } from '../../../session/session';
import { ClosureForm } from './ClosureForm';
import { ExtensionDecisionForm, RevisitForm, VerificationForm } from './DecisionForms';
import { ExtensionForm } from './ExtensionForm';
import { ObjectionAnswerForm } from './ObjectionAnswerForm';
import { ProgressForm } from './ProgressForm';
import { useItemCommand } from './use-item-command';
import { acknowledge } from './writes';

type Form = 'progress' | 'extension' | 'closure' | 'answer' | 'decide' | 'verify' | 'revisit';

/**
 * What the person may do now, by the item's status and their role there (the API decides; the page offers only what
 * it would accept). The responsible unit: 签收 while assigned; 进展填报, 申请延期, 申请销号 while in progress; 答复异议
 * while an objection raised during the public notice has no answer, until the item is closed. The supervising unit:
 * 审核延期申请, 验收, 回头看 when one waits for it.
 */
export function ItemActions({ item, events }: { item: Item; events: ItemEvent[] }) {
  const { person } = useSignedIn();
  // The form keeps the item as it was when opened: its version is what the person saw (If-Match), and it must
  // not re-render against the item the API answers with (a decided extension has no pending request any more).
  const [opened, setOpened] = useState<{ form: Form; item: Item }>();
  const setOpen = (form: Form) => setOpened({ form, item });
  const close = () => setOpened(undefined);
  const open = opened?.form;
  const seen = opened?.item ?? item;
  const acknowledgement = useItemCommand(item, acknowledge, { success: '已签收' });
  const ownUnit = (unitId: string | null) => !!unitId && person.unitIds.includes(unitId);
  const responsible = person.role === 'admin' || (person.role === 'unit' && ownUnit(item.responsibleUnitId));
  const supervising = person.role === 'admin' || (person.role === 'supervisor' && ownUnit(item.supervisingUnitId));
  if (!responsible && !supervising) return null;

  const objection = responsible && answerable.includes(item.status) ? openObjection(events) : undefined;
  const actions = [];
  if (supervising) {
    if (item.status === 'in_progress' && item.pendingExtension) {
      actions.push(
        <Button key="decide" type="primary" onClick={() => setOpen('decide')}>
          审核延期申请
        </Button>,
      );
    }
    if (item.status === 'awaiting_verification') {
      actions.push(
        <Button key="verify" type="primary" onClick={() => setOpen('verify')}>
          验收
        </Button>,
      );
    }
    if (item.status === 'closed' && item.revisits.some((r) => r.status === 'due')) {
      actions.push(
        <Button key="revisit" type="primary" onClick={() => setOpen('revisit')}>
          回头看
        </Button>,
      );
    }
  }
  if (responsible && item.status === 'assigned') {
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
  if (responsible && item.status === 'in_progress') {
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
  }
  if (objection) {
    actions.push(
      <Button key="answer" danger onClick={() => setOpen('answer')}>
        答复异议
      </Button>,
    );
  }

  return (
    <Card title="办理" size="small">
      {actions.length > 0 ? <Space wrap>{actions}</Space> : <Typography.Text type="secondary">{waiting(item)}</Typography.Text>}
      {acknowledgement.error && !acknowledgement.isPending && (
        <Typography.Paragraph type="danger" role="alert" style={{ marginTop: 8, marginBottom: 0 }}>
          签收未成功：{acknowledgement.error.message}
        </Typography.Paragraph>
      )}
      {open === 'progress' && <ProgressForm item={seen} onClose={close} />}
      {open === 'answer' && objection && <ObjectionAnswerForm item={seen} objection={objection} onClose={close} />}
      {open === 'extension' && <ExtensionForm item={seen} onClose={close} />}
      {open === 'closure' && <ClosureForm item={seen} onClose={close} />}
      {open === 'decide' && <ExtensionDecisionForm item={seen} onClose={close} />}
      {open === 'verify' && <VerificationForm item={seen} onClose={close} />}
      {open === 'revisit' && <RevisitForm item={seen} onClose={close} />}
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

/** The statuses in which the responsible unit may answer an open objection (the API's rule). */
const answerable: Item['status'][] = ['in_progress', 'in_public_notice', 'awaiting_verification'];

/** The reason of the latest objection when no answer has followed it (and the item has not been closed since). */
function openObjection(events: ItemEvent[]): string | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.type === 'ObjectionAnswered' || event.type === 'ItemClosed') return undefined;
    if (event.type === 'ObjectionRaised') return (event.data as { reason?: string }).reason;
  }
  return undefined;
}
