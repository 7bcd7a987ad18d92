import { Segmented, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { type Item, useItems } from '../../api/queries';
import { formatDate, formatDay, fromNow } from '../../lib/dates';
import { Pager, trailNavigation } from '../../ui/paging';
import { Failed, Loading, Nothing } from '../../ui/states';
import { Clamp, Muted, PageTitle } from '../../ui/text';
import { LightTag, itemNumber } from '../todo/ItemBits';
import { ItemCardList } from '../todo/ItemCardList';
import { useUnitName } from '../../api/units';
import { useSignedIn } from '../../session/session';
import { usePhone } from '../../ui/use-phone';

type Queue = 'extension' | 'closure' | 'revisit';

const queues: { value: Queue; label: string }[] = [
  { value: 'extension', label: '延期申请' },
  { value: 'closure', label: '销号验收' },
  { value: 'revisit', label: '回头看' },
];
const CURSOR = /^[A-Za-z0-9_-]{32}$/;

/** What the item asks of the supervising unit in this queue. */
function request(item: Item, queue: Queue): string {
  if (queue === 'extension' && item.pendingExtension) {
    const p = item.pendingExtension;
    return `由 ${formatDate(item.deadline)} 延至 ${formatDate(p.proposedDeadline)}；理由：${p.reason}`;
  }
  if (queue === 'closure' && item.closureRequest) {
    const c = item.closureRequest;
    return `佐证材料 ${c.evidence.length} 项${c.note ? `；${c.note}` : ''}`;
  }
  const due = item.revisits.find((r) => r.status === 'due');
  return `销号于 ${formatDay(item.closedAt)}，回头看到期 ${formatDay(due?.dueAt)}`;
}

/** How long it has waited for the supervising unit (the API's `awaiting.since`). */
function waited(item: Item): string {
  return item.awaiting ? fromNow(item.awaiting.since).replace(/前$/, '') : '—';
}

/** 待审核: the supervising unit's queues (server-paged, the queue and page in the URL); each item opens to decide. */
export default function ReviewPage() {
  const [params, setParams] = useSearchParams();
  const queue = (queues.find((q) => q.value === params.get('queue'))?.value ?? 'extension') as Queue;
  const trail = (params.get('pages') ?? '').split('.').filter((c) => CURSOR.test(c));
  const { person } = useSignedIn();
  // Oldest waiting first; the person's unit when they supervise for one (all their scope otherwise).
  const items = useItems({
    awaiting: queue,
    sort: 'waiting',
    limit: 20,
    ...(person.unitIds.length === 1 ? { supervisingUnit: person.unitIds[0] } : {}),
    ...(trail.length ? { cursor: trail.at(-1) } : {}),
  });
  const phone = usePhone();
  const unitName = useUnitName();
  const go = (next: { queue?: Queue; trail?: string[] }) => {
    const p = new URLSearchParams({ queue: next.queue ?? queue });
    if (next.trail?.length) p.set('pages', next.trail.join('.'));
    setParams(p);
  };
  const page = items.data;

  const columns: ColumnsType<Item> = [
    { title: '编号', key: 'number', width: 140, render: (_, item) => <Link to={`/items/${item.id}`}>{itemNumber(item)}</Link> },
    { title: '问题', dataIndex: 'title', width: 260, render: (title: string) => <Clamp>{title}</Clamp> },
    { title: '责任单位', key: 'unit', width: 160, render: (_, item) => unitName(item.responsibleUnitId) },
    { title: '申请内容', key: 'what', render: (_, item) => <Clamp lines={2}>{request(item, queue)}</Clamp> },
    { title: '灯', dataIndex: 'light', width: 76, render: (light: Item['light']) => <LightTag light={light} /> },
    {
      title: '已等待',
      key: 'since',
      width: 110,
      render: (_, item) => <span title={formatDay(item.awaiting?.since)}>{waited(item)}</span>,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle>待审核</PageTitle>
      <Segmented<Queue> aria-label="审核事项" value={queue} options={queues} onChange={(value) => go({ queue: value })} />
      {items.isLoading ? (
        <Loading />
      ) : items.error ? (
        <Failed error={items.error} retry={() => void items.refetch()} />
      ) : page!.items.length === 0 ? (
        <Nothing description={`暂无待审核的${queues.find((q) => q.value === queue)!.label}`} />
      ) : phone ? (
        <ItemCardList
          items={page!.items}
          tags={(item) => <LightTag light={item.light} />}
          details={(item) => (
            <>
              <Muted>{request(item, queue)}</Muted>
              <Muted>
                {unitName(item.responsibleUnitId)} · 已等待 {waited(item)}
              </Muted>
            </>
          )}
        />
      ) : (
        <Table
          rowKey="id"
          columns={columns}
          dataSource={page!.items}
          pagination={false}
          loading={items.isFetching && items.isPlaceholderData}
        />
      )}
      <Pager trail={trailNavigation(trail, (next) => go({ trail: next }))} nextCursor={page?.nextCursor} />
    </Space>
  );
}
