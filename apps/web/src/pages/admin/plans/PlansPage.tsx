import { PlusOutlined } from '@ant-design/icons';
import { Button, Grid, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDay } from '../../../lib/dates';
import { Failed, Loading, Nothing } from '../../../ui/states';
import { Clamp, Muted } from '../../../ui/text';
import { type PlanSummary, usePlans, useUnits } from '../admin-api';
import { Heading } from '../shared/Heading';
import { Pager, useCursorTrail } from '../shared/paging';
import { unitNamer } from '../shared/unit-tree';
import { CreatePlanForm } from './CreatePlanForm';

/** 整改方案: the plans, paged by the API; each opens on its counts and policy, its import and its ledger. */
export default function PlansPage() {
  const trail = useCursorTrail();
  const page = usePlans(trail.cursor);
  const units = useUnits();
  const unitName = unitNamer(units.data);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;

  const columns: ColumnsType<PlanSummary> = [
    {
      title: '方案编号',
      dataIndex: 'id',
      width: 150,
      render: (id: string) => <Link to={`/admin/plans/${encodeURIComponent(id)}`}>{id}</Link>,
    },
    {
      title: '方案名称',
      dataIndex: 'title',
      ellipsis: !phone,
      render: (title: string, plan) =>
        phone ? (
          <>
            <div>{title}</div>
            <Muted>
              {unitName(plan.ownerUnitId)} · {formatDay(plan.issuedAt)}
            </Muted>
          </>
        ) : (
          <Clamp>{title}</Clamp>
        ),
    },
    {
      title: '督察来源',
      dataIndex: 'sourceInspection',
      width: 220,
      ellipsis: true,
      responsive: ['lg'],
      render: (source: string) => <Clamp>{source}</Clamp>,
    },
    { title: '责任主体', dataIndex: 'ownerUnitId', width: 180, responsive: ['md'], render: (id: string) => unitName(id) },
    { title: '任务', dataIndex: 'itemCount', width: phone ? 64 : 96, align: 'right', render: (n: number) => `${n} 项` },
    { title: '印发日期', dataIndex: 'issuedAt', width: 130, responsive: ['md'], render: (at: string) => formatDay(at) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Heading title="整改方案">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建方案
        </Button>
      </Heading>
      <Muted>每个方案对应一次督察反馈；在方案中导入整改任务清单、查看整改策略和进展、下载台账。</Muted>
      {page.isLoading ? (
        <Loading />
      ) : page.error ? (
        <Failed error={page.error} retry={() => void page.refetch()} />
      ) : page.data!.items.length === 0 ? (
        <Nothing description={trail.hasPrevious ? '这一页没有方案' : '还没有整改方案：新建一个方案，再导入它的整改任务清单'}>
          <Button type="primary" onClick={() => setCreating(true)}>
            新建方案
          </Button>
        </Nothing>
      ) : (
        <Table<PlanSummary>
          rowKey="id"
          columns={columns}
          dataSource={page.data!.items}
          pagination={false}
          loading={page.isFetching && page.isPlaceholderData}
          size="middle"
          scroll={phone ? undefined : { x: 960 }}
        />
      )}
      <Pager trail={trail} nextCursor={page.data?.nextCursor} />
      {creating && (
        <CreatePlanForm
          onClose={() => setCreating(false)}
          onIssued={(plan) => void navigate(`/admin/plans/${encodeURIComponent(plan.id)}`)}
        />
      )}
    </Space>
  );
}
