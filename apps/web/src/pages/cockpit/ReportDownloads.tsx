import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { ZONE, dayjs } from '../../lib/dates';
import { describe } from '../../ui/states';
import { saveFile } from '../../ui/save-file';
import { monthlyBulletinXlsx, weeklyDispatchXlsx } from './cockpit-api';

dayjs.extend(isoWeek);

/** An ISO week as the API names it: 2026-W49 (Monday to Sunday, the weeks of the ISO year). */
const isoWeekOf = (day: Dayjs): string => `${day.isoWeekYear()}-W${String(day.isoWeek()).padStart(2, '0')}`;

/** Why a download failed, in words: a period under way has no report yet (the API's 409 says so in English). */
function failureOf(kind: 'dispatch' | 'bulletin', error: unknown): string {
  if (error instanceof ApiError && error.slug === 'period-not-over') {
    return kind === 'dispatch' ? '所选的周尚未结束，周调度在下周一生成' : '所选的月份尚未结束，月通报在下月1日生成';
  }
  return describe(error);
}

/**
 * 周调度 for any week and 月通报 for any month, as the XLSX files the offices circulate. Each picker starts at the
 * latest period that is over (a report exists once its period ends) and offers nothing after today.
 */
export function ReportDownloads({ phone }: { phone: boolean }) {
  // Today's date in Shanghai as a plain date of the browser's zone: the pickers page through calendar days, and a
  // zoned dayjs throws their arithmetic off (a click on another week did not change the week).
  const today = dayjs(dayjs().tz(ZONE).format('YYYY-MM-DD'));
  const [week, setWeek] = useState<Dayjs>(today.subtract(1, 'week'));
  const [month, setMonth] = useState<Dayjs>(today.subtract(1, 'month'));
  const [busy, setBusy] = useState<'dispatch' | 'bulletin'>();
  const [failure, setFailure] = useState<string>();

  const download = async (kind: 'dispatch' | 'bulletin') => {
    setBusy(kind);
    setFailure(undefined);
    try {
      if (kind === 'dispatch') {
        const period = isoWeekOf(week);
        saveFile(await weeklyDispatchXlsx(period), `周调度-${period}.xlsx`);
      } else {
        const period = month.format('YYYY-MM');
        saveFile(await monthlyBulletinXlsx(period), `月通报-${period}.xlsx`);
      }
    } catch (error) {
      setFailure(failureOf(kind, error));
    } finally {
      setBusy(undefined);
    }
  };

  const width = phone ? '100%' : 180;
  return (
    <Card size="small" title="周调度与月通报">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {failure && <Alert type="error" showIcon role="alert" title={`下载未成功：${failure}`} />}
        <Space wrap size="middle">
          <DatePicker
            picker="week"
            aria-label="调度周"
            allowClear={false}
            value={week}
            onChange={(day) => day && setWeek(day)}
            format={(day) => `${day.isoWeekYear()}年第${day.isoWeek()}周`}
            disabledDate={(day) => day.isAfter(today, 'day')}
            style={{ width }}
          />
          <Button icon={<DownloadOutlined />} loading={busy === 'dispatch'} onClick={() => void download('dispatch')}>
            下载周调度（XLSX）
          </Button>
        </Space>
        <Space wrap size="middle">
          <DatePicker
            picker="month"
            aria-label="通报月份"
            allowClear={false}
            value={month}
            onChange={(day) => day && setMonth(day)}
            format="YYYY年M月"
            disabledDate={(day) => day.isAfter(today, 'month')}
            style={{ width }}
          />
          <Button icon={<DownloadOutlined />} loading={busy === 'bulletin'} onClick={() => void download('bulletin')}>
            下载月通报（XLSX）
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
