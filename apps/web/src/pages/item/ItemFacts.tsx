import { Card, Descriptions, Steps, Typography } from 'antd';
import type { Item } from '../../api/queries';
import { formatDate, formatDateTime } from '../../lib/dates';
import { Deadline, NextReport, Percent } from '../todo/ItemBits';
import { useUnitName } from '../../api/units';
import { usePhone } from '../../ui/use-phone';

/** The kinds of evidence (佐证材料) as the closure form names them. */
const evidenceKind: Record<string, string> = { photo: '现场照片', document: '文件资料', monitoring: '监测数据', other: '其他' };

/** What the item is: the finding, target, measures, who answers for it, and where it stands. */
export function ItemFacts({ item }: { item: Item }) {
  const unitName = useUnitName();
  const phone = usePhone();
  const indicator = item.indicator;
  return (
    <Card title="整改任务" size="small">
      <Descriptions column={phone ? 1 : 2} size="small" bordered={!phone} layout={phone ? 'vertical' : 'horizontal'}>
        <Descriptions.Item label="督察反馈问题" span={phone ? 1 : 2}>
          {item.finding}
        </Descriptions.Item>
        <Descriptions.Item label="整改目标" span={phone ? 1 : 2}>
          {item.target}
        </Descriptions.Item>
        {indicator && (
          <Descriptions.Item label="量化指标" span={phone ? 1 : 2}>
            {indicator.name} {indicator.direction === 'at_least' ? '≥' : '≤'} {indicator.target}
            {indicator.unit}
            {item.indicatorValue !== null && `（当前 ${item.indicatorValue}${indicator.unit}）`}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="整改措施" span={phone ? 1 : 2}>
          {item.measures.length === 0 ? (
            '—'
          ) : (
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              {item.measures.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ol>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="整改时限">
          <Deadline item={item} />
        </Descriptions.Item>
        <Descriptions.Item label="原定时限">{formatDate(item.originalDeadline)}</Descriptions.Item>
        <Descriptions.Item label="责任单位">{unitName(item.responsibleUnitId)}</Descriptions.Item>
        <Descriptions.Item label="配合单位">
          {item.cooperatingUnitIds.length ? item.cooperatingUnitIds.map(unitName).join('、') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="责任人">{item.responsiblePerson ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="督导单位">{unitName(item.supervisingUnitId)}</Descriptions.Item>
        <Descriptions.Item label="分管领导">{item.leaderInCharge ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="进度">
          <div style={{ width: '100%', maxWidth: 220 }}>
            <Percent item={item} />
          </div>
        </Descriptions.Item>
        <Descriptions.Item label="上次填报">{formatDateTime(item.lastReportAt)}</Descriptions.Item>
        <Descriptions.Item label="下次报告">
          <NextReport item={item} />
        </Descriptions.Item>
        {item.pendingExtension && (
          <Descriptions.Item label="延期申请" span={phone ? 1 : 2}>
            申请延至 {formatDate(item.pendingExtension.proposedDeadline)}，待督导单位审核（
            {formatDateTime(item.pendingExtension.requestedAt)}
            提交）
          </Descriptions.Item>
        )}
        {item.closureRequest && (
          <Descriptions.Item label="销号申请" span={phone ? 1 : 2}>
            {formatDateTime(item.closureRequest.requestedAt)} 提交
            {item.closureRequest.noticeEndsAt && `，公示至 ${formatDateTime(item.closureRequest.noticeEndsAt)}`}
            {item.closureRequest.note && <div>说明：{item.closureRequest.note}</div>}
            <div>佐证材料：</div>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {item.closureRequest.evidence.map((e, i) => (
                <li key={i} style={{ wordBreak: 'break-all' }}>
                  {evidenceKind[e.kind] ?? e.kind}：
                  {/^https?:\/\//.test(e.ref) ? (
                    <a href={e.ref} target="_blank" rel="noopener noreferrer">
                      {e.name || e.ref}
                    </a>
                  ) : (
                    `${e.name ? `${e.name}（${e.ref}）` : e.ref}`
                  )}
                </li>
              ))}
            </ul>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** 阶段性目标: each milestone with its date, reached, missed or ahead. */
export function Milestones({ item }: { item: Item }) {
  const phone = usePhone();
  if (item.milestones.length === 0) return null;
  return (
    <Card title="阶段性目标" size="small">
      <Steps
        orientation={phone ? 'vertical' : 'horizontal'}
        size="small"
        current={item.milestones.findIndex((m) => !m.reached)}
        items={item.milestones.map((m) => ({
          title: m.title,
          content: (
            <Typography.Text type={m.missed ? 'danger' : 'secondary'}>
              {formatDate(m.due)}
              {m.reached ? ' · 已完成' : m.missed ? ' · 已逾期' : ''}
            </Typography.Text>
          ),
          status: m.reached ? 'finish' : m.missed ? 'error' : 'wait',
        }))}
      />
    </Card>
  );
}
