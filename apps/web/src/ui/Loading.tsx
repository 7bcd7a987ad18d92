import { Skeleton } from 'antd';

/** Loading: the shape of what is coming (Skeleton), not a spinner over nothing. */
export function Loading({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" aria-label="加载中" style={{ padding: 24 }}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}
