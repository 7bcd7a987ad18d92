import { Card, Descriptions, Table, Tag } from 'antd';
import { escalationLabel, kindLabel } from '../../../lib/labels';
import { Muted } from '../../../ui/text';
import type { PlanPolicy } from '../admin-api';
import { cadenceText, durationText, evidenceKindLabel } from '../shared/admin-labels';
import { usePhone } from '../../../ui/use-phone';

type Settings = Omit<PlanPolicy, 'byKind'>;
type Level = keyof typeof escalationLabel;
/** A rung of the ladder (the document's anyOf leaves the generated type `unknown`). */
interface Rule {
  level: Level;
  overdueWorkingDays?: number;
  missedReports?: number;
  onRelapse?: boolean;
}

/** The plan's policy in words: cadence, reminders, the yellow light, notice, revisits, evidence, escalation. */
export function PlanPolicyView({ policy }: { policy: PlanPolicy }) {
  const phone = usePhone();
  const { byKind, ...settings } = policy;
  const overrides = Object.entries(byKind ?? {}).filter(([, o]) => o && Object.keys(o).length > 0);
  return (
    <Card title="整改策略" size="small">
      <Descriptions column={phone ? 1 : 2} size="small" bordered items={settingItems(settings)} />
      <h2 style={{ fontSize: 15, margin: '16px 0 8px' }}>升级规则</h2>
      <EscalationTable rules={settings.escalation as Rule[] | undefined} />
      <p style={{ margin: '8px 0 0' }}>
        <Muted>
          {settings.confirmFrom
            ? `自“${escalationLabel[settings.confirmFrom as Level]}”起，自动升级须经领导确认后生效。`
            : '自动升级无需领导确认。'}
        </Muted>
      </p>
      {overrides.map(([kind, override]) => (
        <div key={kind}>
          <h2 style={{ fontSize: 15, margin: '16px 0 8px' }}>{kindLabel[kind as keyof typeof kindLabel]}任务另行规定</h2>
          <Descriptions column={phone ? 1 : 2} size="small" bordered items={settingItems(override as Settings, true)} />
        </div>
      ))}
    </Card>
  );
}

/** The settings a policy states; `only` leaves out what an override does not set. */
function settingItems(s: Partial<Settings>, only = false) {
  const items = [
    { key: 'reportEvery', label: '进展报送', children: cadenceText(s.reportEvery), set: s.reportEvery },
    {
      key: 'remindBefore',
      label: '报送前提醒',
      children: s.remindBefore ? `提前 ${durationText(s.remindBefore)}` : '不提醒',
      set: s.remindBefore,
    },
    {
      key: 'remindBeforeDeadline',
      label: '时限前提醒',
      children: s.remindBeforeDeadline ? `提前 ${durationText(s.remindBeforeDeadline)}` : '同报送前提醒',
      set: s.remindBeforeDeadline,
    },
    { key: 'dueSoonBefore', label: '临期预警（黄灯）', children: `整改时限前 ${durationText(s.dueSoonBefore)}`, set: s.dueSoonBefore },
    { key: 'dayCount', label: '计日方式', children: s.dayCount === 'working' ? '工作日（按工作日历）' : '自然日', set: s.dayCount },
    {
      key: 'publicNoticePeriod',
      label: '销号公示',
      children: s.publicNoticePeriod ? `公示 ${durationText(s.publicNoticePeriod)}` : '不公示',
      set: s.publicNoticePeriod,
    },
    {
      key: 'revisitAfter',
      label: '回头看',
      children: s.revisitAfter?.length ? `销号后 ${s.revisitAfter.map(durationText).join('、')}` : '不安排',
      set: s.revisitAfter,
    },
    {
      key: 'requiredEvidenceKinds',
      label: '销号佐证材料',
      children: s.requiredEvidenceKinds?.length
        ? s.requiredEvidenceKinds.map((k) => <Tag key={k}>{evidenceKindLabel[k] ?? k}</Tag>)
        : '不限类型',
      set: s.requiredEvidenceKinds,
    },
  ];
  return items.filter((i) => !only || i.set !== undefined).map(({ set: _set, ...item }) => item);
}

function EscalationTable({ rules }: { rules: Rule[] | undefined }) {
  if (!rules?.length) return <Muted>未设置自动升级；领导可手动升级。</Muted>;
  return (
    <Table<Rule & { key: number }>
      size="small"
      pagination={false}
      dataSource={rules.map((r, key) => ({ ...r, key }))}
      columns={[
        { title: '级别', dataIndex: 'level', width: 100, render: (level: Level) => escalationLabel[level] },
        { title: '条件（任一满足即升级）', key: 'when', render: (_, rule) => conditions(rule).join('；或 ') },
      ]}
    />
  );
}

function conditions(rule: Rule): string[] {
  const when: string[] = [];
  if (rule.overdueWorkingDays !== undefined) when.push(`逾期超过 ${rule.overdueWorkingDays} 个工作日`);
  if (rule.missedReports !== undefined) when.push(`连续 ${rule.missedReports} 次未按期报送进展`);
  if (rule.onRelapse) when.push('回头看发现问题反弹');
  return when;
}
