import { Button, Card, Col, Row, Select, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/dates';
import { Failed, Loading, Nothing } from '../../ui/states';
import { Muted, PageTitle } from '../../ui/text';
import { useCockpit, usePlans } from './cockpit-api';
import { CountCards } from './CountCards';
import { RankingTable } from './RankingTable';
import { ReportDownloads } from './ReportDownloads';
import { TrendChart } from './TrendChart';
import { usePhone } from '../../ui/use-phone';

/**
 * 领导驾驶舱: for a plan of the leader's units (in the URL), its counts (each a link to the items behind it), the unit
 * ranking of the latest monthly bulletin, the trend of the last 12 weeks, and the weekly and monthly reports.
 */
export default function CockpitPage() {
  const [params, setParams] = useSearchParams();
  const phone = usePhone();
  const plans = usePlans();
  const planId = params.get('plan') ?? plans.data?.items[0]?.id;
  const cockpit = useCockpit(planId);

  const picker = plans.data && plans.data.items.length > 0 && (
    <Select
      aria-label="整改方案"
      value={planId}
      style={{ width: '100%' }}
      onChange={(plan: string) => setParams(new URLSearchParams({ plan }))}
      options={plans.data.items.map((p) => ({ value: p.id, label: `${p.id} · ${p.title}` }))}
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {/* Not a Space: its items size to their content, and a long plan title would widen a phone's page. */}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
        <PageTitle>领导驾驶舱</PageTitle>
        {picker && <div style={{ flex: phone ? '1 1 100%' : '0 1 420px', minWidth: 0 }}>{picker}</div>}
      </div>
      {plans.isLoading || (cockpit.isLoading && !!planId) ? (
        <Loading rows={10} />
      ) : plans.error ? (
        <Failed error={plans.error} retry={() => void plans.refetch()} />
      ) : !planId ? (
        <Nothing description="暂无可查看的整改方案：您所在单位尚未牵头整改方案" />
      ) : cockpit.error ? (
        <Failed error={cockpit.error} retry={() => void cockpit.refetch()} />
      ) : (
        cockpit.data && (
          <>
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <Muted>
                {cockpit.data.title} · 截至 {formatDateTime(cockpit.data.asOf)}
              </Muted>
              <Button size="small" loading={cockpit.isFetching} onClick={() => void cockpit.refetch()}>
                刷新
              </Button>
            </Space>
            {cockpit.data.total.count === 0 ? (
              // Nothing to count: no zeros, no empty ranking, no chart of flat lines that would pass for figures.
              <Nothing description="该整改方案暂无您职责范围内的整改任务" />
            ) : (
              <>
                <CountCards cockpit={cockpit.data} />
                <Row gutter={[16, 16]}>
                  <Col xs={24} xl={12}>
                    <Card size="small" title={`单位排名（${cockpit.data.ranking.period} 月通报）`}>
                      <RankingTable ranking={cockpit.data.ranking} />
                    </Card>
                  </Col>
                  <Col xs={24} xl={12}>
                    <Card size="small" title="近12周趋势">
                      <TrendChart weeks={cockpit.data.trend.weeks} />
                    </Card>
                  </Col>
                </Row>
              </>
            )}
          </>
        )
      )}
      <ReportDownloads phone={phone} />
    </Space>
  );
}
