import { Space } from 'antd';
import { Suspense, lazy } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useItems, useUnreadByItem } from '../../api/queries';
import { Pager, trailNavigation } from '../../ui/paging';
import { Failed, Loading, Nothing } from '../../ui/states';
import { Muted, PageTitle } from '../../ui/text';
import type { CountQuery } from './cockpit-api';
import { describeQuery, readDrillDown, toItemQuery, withTrail } from './drill-query';
import { usePhone } from '../../ui/use-phone';

// 我的待办's table on a desk, its cards on a phone.
const ItemTable = lazy(() => import('../todo/ItemTable'));
const ItemCards = lazy(() => import('../todo/ItemCards'));

/** /cockpit/items?<query>: the items behind a number of the cockpit, paged by the API (20 a page). */
export default function CockpitItemsPage() {
  const [params] = useSearchParams();
  const drill = readDrillDown(params);
  if (!drill) return <Nothing description="缺少整改方案，请从领导驾驶舱的数字进入" />;
  return <DrillDown query={drill.query} trail={drill.trail} />;
}

function DrillDown({ query, trail }: { query: CountQuery; trail: string[] }) {
  const [params, setParams] = useSearchParams();
  const phone = usePhone();
  const items = useItems(toItemQuery(query, trail.at(-1)));
  const page = items.data;
  const unread = useUnreadByItem(page?.items.map((i) => i.id) ?? []).data ?? new Map<string, number>();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Link to={`/cockpit?plan=${encodeURIComponent(query.plan)}`}>← 返回领导驾驶舱</Link>
        <PageTitle>{describeQuery(query)}</PageTitle>
        <Muted>整改方案 {query.plan}</Muted>
      </div>
      {items.isLoading ? (
        <Loading />
      ) : items.error ? (
        <Failed error={items.error} retry={() => void items.refetch()} />
      ) : page!.items.length === 0 ? (
        <Nothing description="没有符合条件的整改任务" />
      ) : (
        <Suspense fallback={<Loading />}>
          {phone ? (
            <ItemCards items={page!.items} unread={unread} />
          ) : (
            <ItemTable items={page!.items} unread={unread} loading={items.isFetching && items.isPlaceholderData} />
          )}
        </Suspense>
      )}
      <Pager trail={trailNavigation(trail, (next) => setParams(withTrail(params, next)))} nextCursor={page?.nextCursor} />
    </Space>
  );
}
