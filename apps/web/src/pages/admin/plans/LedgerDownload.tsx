import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { saveFile } from '../../../ui/save-file';
import { describe } from '../../../ui/states';
import { Muted } from '../../../ui/text';
import { type LedgerFormat, type Plan, downloadLedger } from '../admin-api';

const formats: { format: LedgerFormat; label: string; hint: string }[] = [
  { format: 'xlsx', label: '下载 Excel（XLSX）', hint: '带表头格式，适合打印和报送' },
  { format: 'csv', label: '下载 CSV', hint: 'UTF-8 编码，适合导入其他系统' },
];

/** 台账: the plan's ledger as a spreadsheet, every item with its state as of now. */
export function LedgerDownload({ plan }: { plan: Plan }) {
  const [busy, setBusy] = useState<LedgerFormat>();
  const { message } = App.useApp();
  const download = async (format: LedgerFormat) => {
    setBusy(format);
    try {
      saveFile(await downloadLedger(plan.id, format), `${plan.id}-台账.${format}`);
    } catch (error) {
      void message.error(`台账下载失败：${describe(error)}`);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Card size="small" title="整改台账">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Muted>
          方案全部 {plan.counts.total}{' '}
          项整改任务的当前状态：序号、问题、整改目标、责任单位、督导单位、整改时限（含原时限）、进度、状态、红黄绿灯和预警等级。
        </Muted>
        <Space wrap size="middle">
          {formats.map(({ format, label, hint }) => (
            <Space key={format} orientation="vertical" size={2}>
              <Button
                icon={<DownloadOutlined />}
                type={format === 'xlsx' ? 'primary' : 'default'}
                loading={busy === format}
                onClick={() => void download(format)}
              >
                {label}
              </Button>
              <Muted>{hint}</Muted>
            </Space>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
