import { App, Col, Row, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useItem, useItemEvents } from '../../api/queries';
import { escalationLabel, kindLabel } from '../../lib/labels';
import { menuOf } from '../../session/roles';
import { useSignedIn } from '../../session/session';
import { Failed, Loading, Refused } from '../../ui/states';
import { LightTag, StatusTag, itemNumber } from '../todo/ItemBits';
import { ItemActions } from './actions/ItemActions';
import { EventTimeline } from './EventTimeline';
import { ItemFacts, Milestones } from './ItemFacts';

/** /items/:id — one item: what it is, its milestones, what may be done now, and everything that happened. */
export default function ItemPage() {
  const { id = '' } = useParams();
  const item = useItem(id);
  const events = useItemEvents(id);
  const back = menuOf[useSignedIn().person.role][0];

  if (item.isLoading) return <Loading rows={10} />;
  if (item.error) return <Failed error={item.error} retry={() => void item.refetch()} />;
  if (!item.data) return <Refused />;
  const it = item.data;

  // antd's App: the messages a command shows (已签收, 他人已先行操作，已刷新), loaded with this screen only.
  return (
    <App component={false}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Link to={back.path}>← 返回{back.label}</Link>
          <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 8px' }}>
            <span style={{ marginInlineEnd: 8 }}>{itemNumber(it)}</span>
            {it.title}
          </Typography.Title>
          <Space wrap size={6}>
            <LightTag light={it.light} />
            <StatusTag status={it.status} />
            <Tag>{kindLabel[it.kind]}</Tag>
            {it.escalation.level && <Tag color="volcano">{escalationLabel[it.escalation.level]}</Tag>}
            {it.escalation.documentNumbers.map((n) => (
              <Tag key={n}>{n}</Tag>
            ))}
          </Space>
        </div>
        <ItemActions item={it} events={events.data?.items ?? []} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <ItemFacts item={it} />
              <Milestones item={it} />
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            {events.isLoading ? (
              <Loading />
            ) : events.error ? (
              <Failed error={events.error} retry={() => void events.refetch()} />
            ) : (
              <EventTimeline events={events.data!.items} />
            )}
          </Col>
        </Row>
      </Space>
    </App>
  );
}
