import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { Muted } from '../../ui/text';
import type { Cockpit } from './cockpit-api';
import { drillDownPath } from './drill-query';

type Row = Cockpit['ranking']['units'][number];

const rate = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const escalations = (row: Row): number => Object.values(row.escalations).reduce((sum, n) => sum + n, 0);

/** 月通报's ranking of the units responsible for the plan's items (their rank in the whole bulletin). */
export function RankingTable({ ranking }: { ranking: Cockpit['ranking'] }) {
  const columns: ColumnsType<Row> = [
    { title: '排名', dataIndex: 'rank', width: 64 },
    {
      title: '责任单位',
      dataIndex: 'name',
      render: (name: string, row) => (
        <span>
          {name}
          {row.bottom && (
            <Tag color="error" style={{ marginInlineStart: 6 }}>
              排名靠后
            </Tag>
          )}
        </span>
      ),
    },
    { title: '按期销号率', dataIndex: 'onTimeClosureRate', width: 110, render: rate },
    { title: '报送及时率', dataIndex: 'reportingTimeliness', width: 110, render: rate },
    { title: '逾期', dataIndex: 'overdue', width: 70 },
    { title: '升级', key: 'escalations', width: 70, render: (_, row) => escalations(row) },
    {
      title: '本方案任务',
      key: 'planItems',
      width: 100,
      render: (_, row) => (
        <Link to={drillDownPath(row.planItems.query)} aria-label={`${row.name} 本方案任务 ${row.planItems.count} 项，查看明细`}>
          {row.planItems.count}
        </Link>
      ),
    },
  ];
  // No empty table: its grey placeholder and a scroll area with nothing to focus would fail WCAG checks for nothing.
  if (ranking.units.length === 0) return <Muted>本月通报暂无本方案的责任单位。</Muted>;
  return <Table rowKey="unitId" columns={columns} dataSource={ranking.units} pagination={false} size="small" scroll={{ x: 640 }} />;
}
