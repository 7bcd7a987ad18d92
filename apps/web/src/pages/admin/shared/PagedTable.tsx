import type { UseQueryResult } from '@tanstack/react-query';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Failed, Loading } from '../../../ui/states';
import { type Create, NothingYet } from './ListScreen';
import { type CursorTrail, Pager } from '../../../ui/paging';
import { usePhone } from '../../../ui/use-phone';

interface Props<Row> {
  /** The page the trail leads to (kept while the next one loads). */
  page: UseQueryResult<{ items: Row[]; nextCursor?: string | null }>;
  trail: CursorTrail;
  columns: ColumnsType<Row>;
  /** The table's width on a desk (scrolled sideways when narrower); a phone's columns fit its width. */
  width: number;
  /** What an empty page says: the first (nothing at all), or a later one. */
  nothing: { atAll: string; onThisPage: string };
  create: Create;
}

/** A list the API pages by cursor, as a table: loading, failed (重试), empty (the way to add), with 上一页/下一页. */
export function PagedTable<Row extends { id: string }>({ page, trail, columns, width, nothing, create }: Props<Row>) {
  const phone = usePhone();
  return (
    <>
      {page.isLoading ? (
        <Loading />
      ) : page.error ? (
        <Failed error={page.error} retry={() => void page.refetch()} />
      ) : page.data!.items.length === 0 ? (
        <NothingYet description={trail.hasPrevious ? nothing.onThisPage : nothing.atAll} create={create} />
      ) : (
        <Table<Row>
          rowKey="id"
          columns={columns}
          dataSource={page.data!.items}
          pagination={false}
          loading={page.isFetching && page.isPlaceholderData}
          size="middle"
          scroll={phone ? undefined : { x: width }}
        />
      )}
      <Pager trail={trail} nextCursor={page.data?.nextCursor} />
    </>
  );
}
