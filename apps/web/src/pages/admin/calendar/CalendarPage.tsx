import { EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Row, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { dayjs, todayInShanghai } from '../../../lib/dates';
import { describe, Failed, Loading } from '../../../ui/states';
import { Muted } from '../../../ui/text';
import { useCalendarReplan, useCalendarYear, useReplaceCalendarYear } from '../admin-api';
import { Heading } from '../shared/Heading';
import { type Draft, bodyOf, datesBetween, draftOf, runText, runsOf, sameDraft, withDays } from './calendar-days';
import { DayDialog } from './DayDialog';
import { MonthGrid } from './MonthGrid';
import { ReplanProgress } from './ReplanProgress';

const FIRST = 2000;
const LAST = 2100;
const months = Array.from({ length: 12 }, (_, m) => m);

/** 工作日历: a year's statutory holidays (休) and make-up working days (班); editing it re-plans the open items' timers. */
export default function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST && asked <= LAST ? asked : Number(todayInShanghai().slice(0, 4));
  const calendar = useCalendarYear(year);
  const replan = useCalendarReplan(year);
  const save = useReplaceCalendarYear(year);
  const { modal, message } = App.useApp();
  const [draft, setDraft] = useState<Draft>();
  const [picked, setPicked] = useState<string[]>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);

  const stored = useMemo(() => (calendar.data ? draftOf(calendar.data) : undefined), [calendar.data]);
  const editing = draft !== undefined;
  const shown = draft ?? stored;
  const changed = editing && stored !== undefined && !sameDraft(draft, stored);

  const goTo = (next: number) => {
    const go = () => {
      setDraft(undefined);
      setParams({ year: String(next) });
    };
    if (changed) modal.confirm({ title: '放弃未保存的修改？', okText: '放弃', cancelText: '继续编辑', onOk: go });
    else go();
  };
  const submit = async () => {
    try {
      const answer = await save.mutateAsync(bodyOf(draft!));
      setDraft(undefined);
      void message.success(`${year}年工作日历已保存`);
      if (answer.replan.total === 0) void message.info('没有受影响的未办结任务');
    } catch (error) {
      void message.error(`保存失败：${describe(error)}`);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Heading title="工作日历">
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label="上一年" disabled={year <= FIRST} onClick={() => goTo(year - 1)} />
          <Button style={{ pointerEvents: 'none', minWidth: 88 }} tabIndex={-1} aria-live="polite">
            {year}年
          </Button>
          <Button icon={<RightOutlined />} aria-label="下一年" disabled={year >= LAST} onClick={() => goTo(year + 1)} />
        </Space.Compact>
        {!editing && (
          <Button type="primary" icon={<EditOutlined />} disabled={!stored} onClick={() => setDraft(stored)}>
            编辑
          </Button>
        )}
      </Heading>
      <Muted>
        法定节假日和调休上班日决定“工作日”：按工作日计算的期限、逾期天数和提醒时间都以此为准（北京时间）。保存后，受影响的未办结任务会按新日历重排时限和提醒。
      </Muted>
      {replan.data && <ReplanProgress replan={replan.data} />}
      {calendar.isLoading ? (
        <Loading rows={12} />
      ) : calendar.error ? (
        <Failed error={calendar.error} retry={() => void calendar.refetch()} />
      ) : (
        <>
          {editing && (
            <Card size="small" style={{ borderColor: '#91caff', background: '#f5faff' }}>
              <Space wrap size="middle" style={{ width: '100%', justifyContent: 'space-between' }}>
                <Space wrap>
                  <span>点击日期设置放假或调休；也可选择一段日期：</span>
                  <DatePicker.RangePicker
                    aria-label="选择一段日期"
                    value={range}
                    onChange={(r) => setRange(r as [Dayjs, Dayjs] | null)}
                    disabledDate={(d) => d.year() !== year}
                    defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-02-01`)]}
                  />
                  <Button
                    disabled={!range}
                    onClick={() => range && setPicked(datesBetween(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')))}
                  >
                    设置这段日期
                  </Button>
                </Space>
                <Space>
                  <Button onClick={() => setDraft(undefined)} disabled={save.isPending}>
                    放弃修改
                  </Button>
                  <Button type="primary" loading={save.isPending} disabled={!changed} onClick={() => void submit()}>
                    保存并重排时限
                  </Button>
                </Space>
              </Space>
            </Card>
          )}
          {!editing && shown!.size === 0 && (
            <Alert
              type="warning"
              showIcon
              title={`${year}年还没有录入节假日`}
              description="未录入时，周一至周五均按工作日计算。请按国务院办公厅公布的放假安排录入。"
            />
          )}
          <Legend />
          <Row gutter={[16, 16]}>
            {months.map((m) => (
              <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
                <div style={{ background: '#fff', borderRadius: 6, padding: '8px 8px 4px' }}>
                  <MonthGrid year={year} month={m} draft={shown!} onPick={editing ? (date) => setPicked([date]) : undefined} />
                </div>
              </Col>
            ))}
          </Row>
          <DayLists draft={shown!} />
        </>
      )}
      {picked && draft && (
        <DayDialog
          dates={picked}
          current={picked.length === 1 ? draft.get(picked[0]) : undefined}
          onSet={(special) => setDraft(withDays(draft, picked, special))}
          onClose={() => setPicked(undefined)}
        />
      )}
    </Space>
  );
}

function Legend() {
  return (
    <Space wrap size="small" aria-label="图例">
      <Tag style={{ background: '#fff1f0', color: '#a8071a', borderColor: '#ffccc7' }}>休 法定节假日</Tag>
      <Tag style={{ background: '#e6f4ff', color: '#0b4f94', borderColor: '#91caff' }}>班 调休上班</Tag>
      <Tag style={{ background: '#fafafa', color: '#595959' }}>周末</Tag>
    </Space>
  );
}

/** The year's special days as the State Council's notice lists them: each festival's days off, and its working weekends. */
function DayLists({ draft }: { draft: Draft }) {
  const runs = runsOf(draft);
  const list = (kind: 'holiday' | 'workday') => {
    const mine = runs.filter((r) => r.kind === kind);
    if (mine.length === 0) return <Muted>无</Muted>;
    return (
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {mine.map((r) => (
          <li key={r.dates[0]}>
            {r.name}：{runText(r.dates)}
            {r.dates.length > 1 ? `，共 ${r.dates.length} 天` : ''}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <Card size="small" title="放假">
          {list('holiday')}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" title="调休上班">
          {list('workday')}
        </Card>
      </Col>
    </Row>
  );
}
