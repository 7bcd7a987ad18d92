import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Item } from '../../api/queries';
import { Clamp } from '../../ui/text';
import { WithUnread, itemNumber, Deadline, LightTag, NextReport, Percent, StatusTag } from './ItemBits';

/** 我的待办 on a desk: one row per item. */
export default function ItemTable({ items, unread, loading }: { items: Item[]; unread: Map<string, number>; loading: boolean }) {
  const columns: ColumnsType<Item> = [
    {
      title: '编号',
      dataIndex: 'code',
      width: 130,
      render: (_code: string, item) => (
        <WithUnread count={unread.get(item.id) ?? 0}>
          <Link to={`/items/${item.id}`}>{itemNumber(item)}</Link>
        </WithUnread>
      ),
    },
    {
      title: '问题 / 整改目标',
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, item) => <Clamp title={`${title}\n整改目标：${item.target}`}>{title}</Clamp>,
    },
    { title: '灯', dataIndex: 'light', width: 76, render: (light: Item['light']) => <LightTag light={light} /> },
    { title: '状态', dataIndex: 'status', width: 96, render: (status: Item['status']) => <StatusTag status={status} /> },
    { title: '整改时限', key: 'deadline', width: 190, render: (_, item) => <Deadline item={item} /> },
    { title: '下次报告', key: 'nextReport', width: 130, render: (_, item) => <NextReport item={item} /> },
    { title: '进度', key: 'percent', width: 150, render: (_, item) => <Percent item={item} /> },
  ];
  return <Table rowKey="id" columns={columns} dataSource={items} pagination={false} loading={loading} size="middle" />;
}
