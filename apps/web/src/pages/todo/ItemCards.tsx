import { Space } from 'antd';
import type { Item } from '../../api/queries';
import { Muted } from '../../ui/text';
import { Deadline, LightTag, NextReport, Percent, StatusTag, WithUnread } from './ItemBits';
import { ItemCardList, ItemLink } from './ItemCardList';

/** 我的待办 on a phone: one card per item. */
export default function ItemCards({ items, unread }: { items: Item[]; unread: Map<string, number> }) {
  return (
    <ItemCardList
      items={items}
      heading={(item) => (
        <WithUnread count={unread.get(item.id) ?? 0}>
          <ItemLink item={item} />
        </WithUnread>
      )}
      tags={(item) => (
        <Space size={4}>
          <LightTag light={item.light} />
          <StatusTag status={item.status} />
        </Space>
      )}
      details={(item) => (
        <>
          <Muted>
            整改时限：
            <Deadline item={item} />
          </Muted>
          <Muted>
            下次报告：
            <NextReport item={item} />
          </Muted>
          <Percent item={item} />
        </>
      )}
    />
  );
}
