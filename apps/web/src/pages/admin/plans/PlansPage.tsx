import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDay } from '../../../lib/dates';
import { Clamp, Muted } from '../../../ui/text';
import { type PlanSummary, usePlans, useUnits } from '../admin-api';
import { ListScreen } from '../shared/ListScreen';
import { PagedTable } from '../shared/PagedTable';
import { useCursorTrail } from '../../../ui/paging';
import { unitNamer } from '../shared/unit-tree';
import { usePhone } from '../../../ui/use-phone';

// The form loads when it is opened: the list is the first screen.
const CreatePlanForm = lazy(() => import('./CreatePlanForm').then((m) => ({ default: m.CreatePlanForm })));

/** 整改方案: the plans, paged by the API; each opens on its counts and policy, its import and its ledger. */
export default function PlansPage() {
  const trail = useCursorTrail();
  const page = usePlans(trail.cursor);
  const units = useUnits();
  const unitName = unitNamer(units.data);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const phone = usePhone();
  const create = { label: '新建方案', onClick: () => setCreating(true) };

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
    <ListScreen title="整改方案" intro="每个方案对应一次督察反馈；在方案中导入整改任务清单、查看整改策略和进展、下载台账。" create={create}>
      <PagedTable<PlanSummary>
        page={page}
        trail={trail}
        columns={columns}
        width={960}
        nothing={{ atAll: '还没有整改方案：新建一个方案，再导入它的整改任务清单', onThisPage: '这一页没有方案' }}
        create={create}
      />
      {creating && (
        <Suspense fallback={null}>
          <CreatePlanForm
            onClose={() => setCreating(false)}
            onIssued={(plan) => void navigate(`/admin/plans/${encodeURIComponent(plan.id)}`)}
          />
        </Suspense>
      )}
    </ListScreen>
  );
}
