import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { Refused } from './states';

interface State {
  error?: unknown;
}

/** A screen that failed to render (or whose lazy chunk failed to load): the error, and 重试. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (error instanceof ApiError && error.isRefused) return <Refused />;
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle="请重试；如果问题仍然存在，请联系系统管理员。"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重试
          </Button>
        }
      />
    );
  }
}
