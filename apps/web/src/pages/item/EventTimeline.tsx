import { Card, Timeline, Typography } from 'antd';
import type { ItemEvent } from '../../api/queries';
import { formatDateTime } from '../../lib/dates';
import { whatHappened, who, why } from './event-text';
import { useUnitName } from '../../api/units';

const colorOf = (type: string): string =>
  /Overdue|Missed|Rejected|Relapse|Escalation(Raised|Proposed)|ObjectionRaised/.test(type)
    ? 'red'
    : /Approaching|Reminder/.test(type)
      ? 'orange'
      : /Accepted|Closed|Consolidated|Approved/.test(type)
        ? 'green'
        : 'blue';

/** The item's audit trail (GET /v1/items/{id}/events), newest first: who, when, what and why. */
export function EventTimeline({ events }: { events: ItemEvent[] }) {
  const unitName = useUnitName();
  const newestFirst = [...events].reverse();
  return (
    <Card title="办理过程" size="small" extra={<Typography.Text type="secondary">最新在前</Typography.Text>}>
      <Timeline
        items={newestFirst.map((event) => {
          const what = whatHappened(event);
          const actor = who(event, unitName);
          const reason = why(event);
          return {
            key: event.eventId,
            color: colorOf(event.type),
            content: (
              <div>
                <div>
                  <Typography.Text strong>{what.title}</Typography.Text>
                </div>
                {what.detail && <div>{what.detail}</div>}
                {reason && <div>理由：{reason}</div>}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {formatDateTime(event.recordedAt)} · {actor.name}
                    {actor.units && `（${actor.units}）`}
                    {actor.role && ` · ${actor.role}`}
                  </Typography.Text>
                </div>
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
