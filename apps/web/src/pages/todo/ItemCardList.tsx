import { Card, List, Space } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Item } from '../../api/queries';
import { Clamp } from '../../ui/text';
import { itemNumber } from './ItemBits';

/** The item's number, opening its page. */
export function ItemLink({ item }: { item: Item }) {
  return (
    <Link to={`/items/${item.id}`} style={{ fontWeight: 600 }}>
      {itemNumber(item)}
    </Link>
  );
}

interface ItemCardListProps {
  items: Item[];
  /** Beside the number, on the right: the item's tags. */
  tags(item: Item): ReactNode;
  /** Under the title: what this screen says about the item. */
  details(item: Item): ReactNode;
  /** The number (default: the link to the item). */
  heading?(item: Item): ReactNode;
}

/** Items on a phone: one card each, the number and tags, the title in two lines, then the screen's details. */
export function ItemCardList({ items, tags, details, heading = (item) => <ItemLink item={item} /> }: ItemCardListProps) {
  return (
    <List
      dataSource={items}
      split={false}
      renderItem={(item) => (
        <List.Item style={{ padding: '0 0 12px' }}>
          <Card size="small" style={{ width: '100%' }}>
            <Space orientation="vertical" size={6} style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                {heading(item)}
                {tags(item)}
              </Space>
              <Clamp lines={2}>{item.title}</Clamp>
              {details(item)}
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}
