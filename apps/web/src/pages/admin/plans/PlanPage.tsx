import { Button, Space, Tabs, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDay } from '../../../lib/dates';
import { Failed, Loading } from '../../../ui/states';
import { Muted } from '../../../ui/text';
import { usePlan, useUnits } from '../admin-api';
import { unitNamer } from '../shared/unit-tree';
import { LedgerDownload } from './LedgerDownload';
import { PlanCounts } from './PlanCounts';
import { PlanImport } from './PlanImport';
import { PlanPolicyView } from './PlanPolicyView';

const tabs = [
  { key: '', label: '概况与策略' },
  { key: 'import', label: '导入任务清单' },
  { key: 'ledger', label: '台账' },
] as const;

/** /admin/plans/:id[/import|/ledger]: one plan — its counts and policy, the import of its spreadsheet, its ledger. */
export default function PlanPage() {
  const { id = '', '*': rest = '' } = useParams();
  const plan = usePlan(id);
  const units = useUnits();
  const navigate = useNavigate();
  const tab = tabs.some((t) => t.key === rest) ? rest : '';
  const base = `/admin/plans/${encodeURIComponent(id)}`;

  if (plan.isLoading) return <Loading rows={10} />;
  if (plan.error || !plan.data) return <Failed error={plan.error} retry={() => void plan.refetch()} />;
  const p = plan.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Link to="/admin/plans">
          <Button type="link" style={{ paddingInline: 0 }}>
            ← 返回整改方案
          </Button>
        </Link>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 8px' }}>
          {p.title}
        </Typography.Title>
        <Muted>
          方案编号 {p.id} · {p.sourceInspection} · 责任主体 {unitNamer(units.data)(p.ownerUnitId)} · 印发于 {formatDay(p.issuedAt)}
        </Muted>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => void navigate(key ? `${base}/${key}` : base)}
        items={tabs.map((t) => ({ key: t.key, label: t.label }))}
      />
      {tab === '' && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <PlanCounts plan={p} />
          <PlanPolicyView policy={p.policy} />
        </Space>
      )}
      {tab === 'import' && <PlanImport plan={p} />}
      {tab === 'ledger' && <LedgerDownload plan={p} />}
    </Space>
  );
}
