import { Alert, Progress } from 'antd';
import type { CalendarReplan } from '../admin-api';

/** The re-plan a change started: open items moved onto the new calendar, with what refused or failed. */
export function ReplanProgress({ replan }: { replan: CalendarReplan }) {
  const handled = replan.replanned + replan.unchanged + replan.failed;
  const percent = replan.total === 0 ? 100 : Math.floor((handled / replan.total) * 100);
  const detail = `共 ${replan.total} 项未办结任务受影响：已按新日历重排 ${replan.replanned} 项，无需调整 ${replan.unchanged} 项${replan.failed > 0 ? `，失败 ${replan.failed} 项（仍按原日历计时）` : ''}。`;
  return (
    <Alert
      type={replan.failed > 0 ? 'warning' : replan.done ? 'success' : 'info'}
      showIcon
      role="status"
      title={replan.done ? '时限重排已完成' : '正在按新日历重排任务的时限和提醒…'}
      description={
        <>
          <Progress
            percent={percent}
            status={replan.done ? (replan.failed > 0 ? 'exception' : 'success') : 'active'}
            aria-label="时限重排进度"
          />
          {detail}
        </>
      }
    />
  );
}
