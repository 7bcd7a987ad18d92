import { Badge, Progress, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { Item } from '../../api/queries';
import { formatDate, formatDay } from '../../lib/dates';
import { lightColor, lightLabel, statusLabel } from '../../lib/labels';

/** The item's number as the plan's documents write it (and the notifications): plan code, then item code. */
export const itemNumber = (item: Item): string => `${item.planCode}-${item.code}`;

/** 红/黄/绿 as a tag that says it in words (never colour alone). */
export function LightTag({ light }: { light: Item['light'] }) {
  return <Tag style={{ ...lightColor[light], borderColor: lightColor[light].background, marginInlineEnd: 0 }}>{lightLabel[light]}</Tag>;
}

const statusColor: Record<Item['status'], { background: string; color: string }> = {
  assigned: { background: '#e6f0fa', color: '#0b4f96' },
  in_progress: { background: '#e6f0fa', color: '#0b4f96' },
  in_public_notice: { background: '#fff7e6', color: '#874d00' },
  awaiting_verification: { background: '#fff7e6', color: '#874d00' },
  closed: { background: '#f0f0f0', color: '#434343' },
  consolidated: { background: '#f0f0f0', color: '#434343' },
};

export function StatusTag({ status }: { status: Item['status'] }) {
  return <Tag style={{ ...statusColor[status], borderColor: 'transparent', marginInlineEnd: 0 }}>{statusLabel[status]}</Tag>;
}

/** The deadline (a day in Asia/Shanghai), marked when overdue or moved by an extension. */
export function Deadline({ item }: { item: Item }) {
  if (!item.deadline) return <span>长期坚持</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatDate(item.deadline)}
      {item.overdue && (
        <Tag color="error" style={{ marginInlineStart: 4 }}>
          已逾期
        </Tag>
      )}
      {item.originalDeadline && item.originalDeadline !== item.deadline && (
        <Tag style={{ marginInlineStart: 4 }} title={`原定 ${formatDate(item.originalDeadline)}`}>
          已延期
        </Tag>
      )}
    </span>
  );
}

export function Percent({ item }: { item: Item }) {
  return (
    <Progress
      percent={Math.round(item.percent)}
      size="small"
      status={item.light === 'red' ? 'exception' : undefined}
      aria-label={`进度 ${Math.round(item.percent)}%`}
    />
  );
}

/** 下次报告: the day the next progress report is due, when the item reports on a cadence. */
export function NextReport({ item }: { item: Item }) {
  // Views stored before the field existed have none until `make rebuild`.
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDay(item.nextReportDue ?? null)}</span>;
}

/** The item's number (or anything), with the count of unread reminders about it when there are some. */
export function WithUnread({ count, children }: { count: number; children: ReactNode }) {
  if (count === 0) return <>{children}</>;
  return (
    <Badge count={count} size="small" offset={[10, -2]} title={`${count} 条未读提醒`}>
      {children}
    </Badge>
  );
}
