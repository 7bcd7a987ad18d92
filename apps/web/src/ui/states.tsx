import { Button, Empty, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client';

// The screens' states; Result's illustrations are heavy, so this module is loaded with the screens, not the shell.
export { Loading } from './Loading';

/** Nothing to show: the reason, and what one can do about it. */
export function Nothing({ description, children }: { description: string; children?: ReactNode }) {
  return (
    <Empty description={description} style={{ padding: '48px 0' }}>
      {children}
    </Empty>
  );
}

/** Not allowed to see it, or not there: the API answers both alike (403/404), and so does the page. */
export function Refused() {
  return (
    <Result
      status="403"
      title="无权访问或不存在"
      subTitle="该页面不存在，或不在您所在单位的职责范围内。"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}

/** Something failed: what, and a way to try again. A refusal shows as Refused. */
export function Failed({ error, retry }: { error: unknown; retry?: () => void }) {
  if (error instanceof ApiError && error.isRefused) return <Refused />;
  const network = error instanceof ApiError && error.status === 0;
  return (
    <Result
      status="error"
      title={network ? '网络连接失败' : '加载失败'}
      subTitle={network ? '请检查网络后重试。' : describe(error)}
      extra={
        retry && (
          <Button type="primary" onClick={retry}>
            重试
          </Button>
        )
      }
    />
  );
}

/** A problem's detail for people: the API's words when it gave some, else the status. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title;
  return '出现了意外错误，请稍后重试。';
}
