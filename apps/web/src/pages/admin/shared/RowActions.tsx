import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { usePhone } from '../../../ui/use-phone';

/** A row's actions: side by side, one under the other on a phone. */
export function RowActions({ children }: { children: ReactNode }) {
  const phone = usePhone();
  return (
    <Space size={4} orientation={phone ? 'vertical' : 'horizontal'}>
      {children}
    </Space>
  );
}

interface RowActionProps {
  children: string;
  /** What it does to which row, for a screen reader (轮换“12345 热线系统”的密钥): the rows' buttons share their words. */
  'aria-label': string;
  onClick(): void;
  danger?: boolean;
  loading?: boolean;
}

/** One action on a row: a small link-like button. */
export function RowAction({ children, onClick, danger, loading, 'aria-label': label }: RowActionProps) {
  return (
    <Button size="small" type="link" danger={danger} loading={loading} style={{ paddingInline: 4 }} onClick={onClick} aria-label={label}>
      {children}
    </Button>
  );
}
