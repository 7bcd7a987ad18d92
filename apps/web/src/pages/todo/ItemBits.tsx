import { Progress, Tag } from 'antd';
import type { Item } from '../../api/queries';
import { formatDate, formatDay } from '../../lib/dates';
import { lightColor, lightLabel, statusLabel } from '../../lib/labels';

/** 红/黄/绿 as a tag that says it in words (never colour alone). */
export function LightTag({ light }: { light: Item['light'] }) {
  return (
    <Tag color={lightColor[light]} variant="solid" style={{ marginInlineEnd: 0 }}>
      {lightLabel[light]}
    </Tag>
  );
}

export function StatusTag({ status }: { status: Item['status'] }) {
  const color = status === 'closed' || status === 'consolidated' ? 'default' : status === 'assigned' ? 'blue' : 'processing';
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {statusLabel[status]}
    </Tag>
  );
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

/** The next progress report due, when the item reports on a cadence (the API's `nextReportDue`, where it gives one). */
export function NextReport({ item }: { item: Item }) {
  const due = (item as Item & { nextReportDue?: string | null }).nextReportDue;
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDay(due)}</span>;
}
