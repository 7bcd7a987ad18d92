import { Button, Card, Checkbox, Input, Select, Space } from 'antd';
import { Suspense, lazy } from 'react';
import { useSearchParams } from 'react-router';
import { useItems, useUnreadByItem } from '../../api/queries';
import { useSignedIn } from '../../session/session';
import { lightLabel, statusLabel } from '../../lib/labels';
import { Pager, trailNavigation } from '../../ui/paging';
import { Failed, Loading, Nothing } from '../../ui/states';
import { PageTitle } from '../../ui/text';
import { type TodoFilters, isFiltered, readFilters, toQuery, writeFilters } from './todo-filters';
import { usePhone } from '../../ui/use-phone';

// The table on a desk, the cards on a phone: each loads only where it is shown.
const ItemTable = lazy(() => import('./ItemTable'));
const ItemCards = lazy(() => import('./ItemCards'));

/** 我的待办: the unit's items, paged by the API, filtered in the URL; a table, or cards on a phone. */
export default function TodoPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const phone = usePhone();
  const items = useItems(toQuery(filters));

  // A new filter starts from the first page.
  const change = (patch: Partial<TodoFilters>) => setParams(writeFilters({ ...filters, ...patch, trail: patch.trail ?? [] }));
  const page = items.data;
  const unreadItems = useUnreadByItem(page?.items.map((i) => i.id) ?? []).data ?? new Map<string, number>();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle>我的待办</PageTitle>
      <Filters filters={filters} change={change} phone={phone} />
      {items.isLoading ? (
        <Loading />
      ) : items.error ? (
        <Failed error={items.error} retry={() => void items.refetch()} />
      ) : page!.items.length === 0 ? (
        <Nothing description={isFiltered(filters) ? '没有符合筛选条件的整改任务' : '暂无待办的整改任务'}>
          {isFiltered(filters) && <Button onClick={() => setParams(new URLSearchParams())}>清除筛选</Button>}
        </Nothing>
      ) : (
        <Suspense fallback={<Loading />}>
          {phone ? (
            <ItemCards items={page!.items} unread={unreadItems} />
          ) : (
            <ItemTable items={page!.items} unread={unreadItems} loading={items.isFetching && items.isPlaceholderData} />
          )}
        </Suspense>
      )}
      <Pager trail={trailNavigation(filters.trail, (trail) => change({ trail }))} nextCursor={page?.nextCursor} />
    </Space>
  );
}

function Filters({ filters, change, phone }: { filters: TodoFilters; change: (patch: Partial<TodoFilters>) => void; phone: boolean }) {
  const width = phone ? '100%' : 160;
  const { person } = useSignedIn();
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
        {person.units.length > 1 && (
          <Select
            aria-label="单位"
            placeholder="全部单位"
            allowClear
            style={{ width: phone ? '100%' : 200 }}
            value={filters.unit}
            onChange={(unit) => change({ unit })}
            options={person.units.map((u) => ({ value: u.id, label: u.name }))}
          />
        )}
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
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, width: phone ? '100%' : undefined }}>
          <span style={{ whiteSpace: 'nowrap' }}>整改时限早于</span>
          {/* The browser's own date input: a phone's date wheel, and no date-picker code to load for a filter. */}
          <Input
            type="date"
            value={filters.dueBefore ?? ''}
            style={{ width: phone ? '100%' : 170 }}
            onChange={(e) => change({ dueBefore: e.target.value || undefined })}
          />
        </label>
        <Checkbox checked={filters.overdue} onChange={(e) => change({ overdue: e.target.checked })}>
          仅看逾期
        </Checkbox>
      </Space>
    </Card>
  );
}
