import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { lightColor, lightLabel, statusLabel } from '../../../lib/labels';
import { Muted } from '../../../ui/text';
import type { Plan } from '../admin-api';

type Status = keyof typeof statusLabel;
type Light = keyof typeof lightLabel;

/** The plan's items counted: in all, by status, by light, overdue and relapsed. */
export function PlanCounts({ plan }: { plan: Plan }) {
  const { counts } = plan;
  if (counts.total === 0) {
    return (
      <Card size="small">
        <Muted>方案还没有整改任务：在“导入任务清单”中上传方案的任务表格。</Muted>
      </Card>
    );
  }
  return (
    <Card title="整改任务" size="small">
      <Row gutter={[16, 16]}>
        <Tile label="任务总数" value={counts.total} strong />
        <Tile label="逾期" value={counts.overdue} />
        <Tile label="回头看反弹" value={counts.relapsed} />
        {(Object.keys(lightLabel) as Light[]).map((light) => (
          <Tile
            key={light}
            label={
              <span>
                <span
                  aria-hidden
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 10,
                    borderRadius: 5,
                    marginInlineEnd: 6,
                    background: lightColor[light].background,
                  }}
                />
                {lightLabel[light]}
              </span>
            }
            value={counts.byLight[light] ?? 0}
          />
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {(Object.keys(statusLabel) as Status[]).map((status) => (
          <Tile key={status} label={statusLabel[status]} value={counts.byStatus[status] ?? 0} />
        ))}
      </Row>
    </Card>
  );
}

function Tile({ label, value, strong }: { label: ReactNode; value: number; strong?: boolean }) {
  return (
    <Col xs={12} sm={8} lg={4}>
      <div style={{ color: '#595959', fontSize: 13 }}>{label}</div>
      <div style={{ fontSize: strong ? 28 : 22, fontWeight: strong ? 600 : 500, lineHeight: 1.3 }}>{value}</div>
    </Col>
  );
}
