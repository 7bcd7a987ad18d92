import { Badge, Button, Card, Checkbox, DatePicker, Grid, Input, List, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Item, useItems, useUnread } from '../../api/queries';
import { dayjs } from '../../lib/dates';
import { lightLabel, statusLabel } from '../../lib/labels';
import { Failed, Loading, Nothing } from '../../ui/states';
import { Deadline, LightTag, NextReport, Percent, StatusTag } from './ItemBits';
import { type TodoFilters, isFiltered, readFilters, toQuery, writeFilters } from './todo-filters';

/** 我的待办: the unit's items, paged by the API, filtered in the URL; a table, or cards on a phone. */
export default function TodoPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const phone = !Grid.useBreakpoint().md;
  const items = useItems(toQuery(filters));
  const unreadItems = useUnreadItems();

  // A new filter starts from the first page.
  const change = (patch: Partial<TodoFilters>) => setParams(writeFilters({ ...filters, ...patch, trail: patch.trail ?? [] }));
  const page = items.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        我的待办
      </Typography.Title>
      <Filters filters={filters} change={change} phone={phone} />
      {items.isLoading ? (
        <Loading />
      ) : items.error ? (
        <Failed error={items.error} retry={() => void items.refetch()} />
      ) : page!.items.length === 0 ? (
        <Nothing description={isFiltered(filters) ? '没有符合筛选条件的整改任务' : '暂无待办的整改任务'}>
          {isFiltered(filters) && <Button onClick={() => setParams(new URLSearchParams())}>清除筛选</Button>}
        </Nothing>
      ) : phone ? (
        <ItemCards items={page!.items} unread={unreadItems} />
      ) : (
        <ItemTable items={page!.items} unread={unreadItems} loading={items.isFetching && items.isPlaceholderData} />
      )}
      {page && (filters.trail.length > 0 || page.nextCursor) && (
        <Space style={{ justifyContent: 'flex-end', width: '100%' }} aria-label="翻页">
          <Button disabled={filters.trail.length === 0} onClick={() => change({ trail: filters.trail.slice(0, -1) })}>
            上一页
          </Button>
          <span>第 {filters.trail.length + 1} 页</span>
          <Button disabled={!page.nextCursor} onClick={() => change({ trail: [...filters.trail, page.nextCursor!] })}>
            下一页
          </Button>
        </Space>
      )}
    </Space>
  );
}

/** Items with unread notifications (from the first 100 unread): marked in the list. */
function useUnreadItems(): Set<string> {
  const { data } = useUnread();
  return useMemo(() => new Set((data?.items ?? []).map((n) => n.itemId).filter((id): id is string => !!id)), [data]);
}

function Filters({ filters, change, phone }: { filters: TodoFilters; change: (patch: Partial<TodoFilters>) => void; phone: boolean }) {
  const width = phone ? '100%' : 160;
  return (
    <Card size="small" role="search" aria-label="筛选">
      <Space wrap size="middle" style={{ width: '100%' }} orientation={phone ? 'vertical' : 'horizontal'}>
        <Input.Search
          key={filters.q ?? ''}
          aria-label="搜索编号、问题或目标"
          placeholder="搜索编号、问题或目标"
          allowClear
          maxLength={100}
          defaultValue={filters.q}
          style={{ width: phone ? '100%' : 260 }}
          onSearch={(q) => change({ q: q.trim() || undefined })}
        />
        <Select
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          style={{ width }}
          value={filters.status}
          onChange={(status) => change({ status })}
          options={Object.entries(statusLabel).map(([value, label]) => ({ value, label }))}
        />
        <Select
          aria-label="红黄绿灯"
          placeholder="全部灯色"
          allowClear
          style={{ width }}
          value={filters.light}
          onChange={(light) => change({ light })}
          options={Object.entries(lightLabel).map(([value, label]) => ({ value, label }))}
        />
        <DatePicker
          aria-label="整改时限早于"
          placeholder="整改时限早于"
          style={{ width: phone ? '100%' : 180 }}
          value={filters.dueBefore ? dayjs(filters.dueBefore) : null}
          onChange={(date) => change({ dueBefore: date ? date.format('YYYY-MM-DD') : undefined })}
        />
        <Checkbox checked={filters.overdue} onChange={(e) => change({ overdue: e.target.checked })}>
          仅看逾期
        </Checkbox>
      </Space>
    </Card>
  );
}

function ItemTable({ items, unread, loading }: { items: Item[]; unread: Set<string>; loading: boolean }) {
  const columns: ColumnsType<Item> = [
    {
      title: '编号',
      dataIndex: 'code',
      width: 130,
      render: (code: string, item) => (
        <Badge dot={unread.has(item.id)} offset={[6, 0]} title={unread.has(item.id) ? '有未读提醒' : undefined}>
          <Link to={`/items/${item.id}`}>{code}</Link>
        </Badge>
      ),
    },
    {
      title: '问题 / 整改目标',
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, item) => (
        <Typography.Text ellipsis title={item.target}>
          {title}
        </Typography.Text>
      ),
    },
    { title: '灯', dataIndex: 'light', width: 76, render: (light: Item['light']) => <LightTag light={light} /> },
    { title: '状态', dataIndex: 'status', width: 96, render: (status: Item['status']) => <StatusTag status={status} /> },
    { title: '整改时限', key: 'deadline', width: 190, render: (_, item) => <Deadline item={item} /> },
    { title: '下次报告', key: 'nextReport', width: 130, render: (_, item) => <NextReport item={item} /> },
    { title: '进度', key: 'percent', width: 150, render: (_, item) => <Percent item={item} /> },
  ];
  return <Table rowKey="id" columns={columns} dataSource={items} pagination={false} loading={loading} size="middle" />;
}

function ItemCards({ items, unread }: { items: Item[]; unread: Set<string> }) {
  return (
    <List
      dataSource={items}
      split={false}
      renderItem={(item) => (
        <List.Item style={{ padding: '0 0 12px' }}>
          <Card size="small" style={{ width: '100%' }}>
            <Space orientation="vertical" size={6} style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Badge dot={unread.has(item.id)} offset={[6, 0]}>
                  <Link to={`/items/${item.id}`} style={{ fontWeight: 600 }}>
                    {item.code}
                  </Link>
                </Badge>
                <Space size={4}>
                  <LightTag light={item.light} />
                  <StatusTag status={item.status} />
                </Space>
              </Space>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {item.title}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                整改时限：
                <Deadline item={item} />
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                下次报告：
                <NextReport item={item} />
              </Typography.Text>
              <Percent item={item} />
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}
