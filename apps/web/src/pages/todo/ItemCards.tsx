import { Card, List, Space } from 'antd';
import { Link } from 'react-router';
import type { Item } from '../../api/queries';
import { Clamp, Muted } from '../../ui/text';
import { WithUnread, itemNumber, Deadline, LightTag, NextReport, Percent, StatusTag } from './ItemBits';

/** 我的待办 on a phone: one card per item. */
export default function ItemCards({ items, unread }: { items: Item[]; unread: Map<string, number> }) {
  return (
    <List
      dataSource={items}
      split={false}
      renderItem={(item) => (
        <List.Item style={{ padding: '0 0 12px' }}>
          <Card size="small" style={{ width: '100%' }}>
            <Space orientation="vertical" size={6} style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <WithUnread count={unread.get(item.id) ?? 0}>
                  <Link to={`/items/${item.id}`} style={{ fontWeight: 600 }}>
                    {itemNumber(item)}
                  </Link>
                </WithUnread>
                <Space size={4}>
                  <LightTag light={item.light} />
                  <StatusTag status={item.status} />
                </Space>
              </Space>
              <Clamp lines={2}>{item.title}</Clamp>
              <Muted>
                整改时限：
                <Deadline item={item} />
              </Muted>
              <Muted>
                下次报告：
                <NextReport item={item} />
              </Muted>
              <Percent item={item} />
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}
