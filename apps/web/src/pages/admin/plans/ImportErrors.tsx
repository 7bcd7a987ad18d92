import { Table } from 'antd';
import type { ImportCheck } from '../admin-api';
import { importMessage } from './import-messages';
import { usePhone } from '../../../ui/use-phone';

export type RowError = ImportCheck['errors'][number];

/** The rows of the spreadsheet with their errors: the row as the spreadsheet numbers it, the column, what is wrong. */
export function ImportErrors({ errors }: { errors: RowError[] }) {
  const phone = usePhone();
  if (phone) {
    // On a phone: a list, the message under its row and column (a table would need scrolling sideways).
    return (
      <ul aria-label="有错误的行" style={{ listStyle: 'none', margin: 0, padding: 0, background: '#fff', borderRadius: 6 }}>
        {errors.map((e, i) => (
          <li key={i} style={{ padding: '8px 12px', borderTop: i === 0 ? undefined : '1px solid #f0f0f0' }}>
            <strong style={{ fontWeight: 500 }}>
              第 {e.row} 行 · {e.field}
            </strong>
            <div>{importMessage(e.message)}</div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table<RowError & { key: number }>
      aria-label="有错误的行"
      size="small"
      rowKey="key"
      dataSource={errors.map((e, key) => ({ ...e, key }))}
      pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false, hideOnSinglePage: true } : false}
      columns={[
        { title: '行号', dataIndex: 'row', width: 90, render: (row: number) => `第 ${row} 行` },
        { title: '列', dataIndex: 'field', width: 130 },
        { title: '问题', dataIndex: 'message', render: (message: string) => importMessage(message) },
      ]}
    />
  );
}
