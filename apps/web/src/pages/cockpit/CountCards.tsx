import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { escalationLabel, lightLabel, statusLabel } from '../../lib/labels';
import { Muted } from '../../ui/text';
import type { Cockpit, Count } from './cockpit-api';
import { drillDownPath } from './drill-query';

/** One number: what it counts, and the number itself as the link to the items behind it. */
function Figure({ label, count, tone }: { label: string; count: Count; tone?: string }) {
  return (
    <div style={{ minWidth: 88 }}>
      <Muted>{label}</Muted>
      <div>
        <Link
          to={drillDownPath(count.query)}
          aria-label={`${label} ${count.count} 项，查看明细`}
          style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.4, color: tone }}
        >
          {count.count}
        </Link>
      </div>
    </div>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 24px' }}>{children}</div>
    </Card>
  );
}

const lightTone = { red: '#a8071a', yellow: '#874d00', green: '#237804' } as const;

/** The plan's counts: total, by status, by light, overdue, each rung of the ladder and what awaits confirmation. */
export function CountCards({ cockpit }: { cockpit: Cockpit }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Group title="总体">
          <Figure label="整改任务" count={cockpit.total} />
          <Figure label="逾期" count={cockpit.overdue} tone="#a8071a" />
          <Figure label="待确认升级" count={cockpit.awaitingConfirmation} />
        </Group>
      </Col>
      <Col xs={24} lg={16}>
        <Group title="按灯色">
          {cockpit.byLight.map((c) => (
            <Figure key={c.light} label={lightLabel[c.light]} count={c} tone={lightTone[c.light]} />
          ))}
        </Group>
      </Col>
      <Col xs={24} lg={12}>
        <Group title="按状态">
          {cockpit.byStatus.map((c) => (
            <Figure key={c.status} label={statusLabel[c.status]} count={c} />
          ))}
        </Group>
      </Col>
      <Col xs={24} lg={12}>
        <Group title="升级阶梯（预警 → 问责）">
          {cockpit.byEscalation.map((c) => (
            <Figure key={c.level} label={escalationLabel[c.level]} count={c} />
          ))}
        </Group>
      </Col>
    </Row>
  );
}
