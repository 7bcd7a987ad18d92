import { Badge, Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { type InboxEntry, useInbox, useMarkRead } from '../../api/queries';
import { formatDateTime } from '../../lib/dates';
import { Pager, useCursorTrail } from '../../ui/paging';
import { Failed, Loading, Nothing } from '../../ui/states';

/** 消息: the person's notifications (reminders, warnings, escalations), newest first; each can be marked read. */
export default function InboxPage() {
  const trail = useCursorTrail();
  const inbox = useInbox(trail.cursor);
  const markRead = useMarkRead();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        消息
      </Typography.Title>
      {inbox.isLoading ? (
        <Loading />
      ) : inbox.error ? (
        <Failed error={inbox.error} retry={() => void inbox.refetch()} />
      ) : inbox.data!.items.length === 0 ? (
        <Nothing description="暂无消息" />
      ) : (
        <Card size="small">
          <List
            dataSource={inbox.data!.items}
            renderItem={(entry) => (
              <Entry
                entry={entry}
                busy={markRead.isPending && markRead.variables === entry.id}
                markRead={() => markRead.mutate(entry.id)}
              />
            )}
          />
        </Card>
      )}
      <Pager trail={trail} nextCursor={inbox.data?.nextCursor} />
    </Space>
  );
}

function Entry({ entry, busy, markRead }: { entry: InboxEntry; busy: boolean; markRead(): void }) {
  const unread = !entry.readAt;
  return (
    <List.Item
      actions={
        unread
          ? [
              <Button key="read" size="small" loading={busy} onClick={markRead}>
                标记已读
              </Button>,
            ]
          : []
      }
    >
      <List.Item.Meta
        title={
          <Space size={6} wrap>
            <Badge status={unread ? 'processing' : 'default'} />
            {entry.itemId ? <Link to={`/items/${entry.itemId}`}>{entry.title}</Link> : <span>{entry.title}</span>}
            {unread ? <Tag color="blue">未读</Tag> : <Tag>已读</Tag>}
          </Space>
        }
        description={
          <>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{entry.body}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(entry.createdAt)}
            </Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}
