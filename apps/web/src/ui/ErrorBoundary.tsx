import { Button } from 'antd';
import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * A screen that failed to render, or whose chunk failed to load (a deploy replaced it): say so, and offer 重试
 * (a reload fetches the new index.html). Plain markup: it must work when the screens' code does not.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" style={{ padding: '64px 16px', textAlign: 'center' }}>
        <h1 style={{ fontSize: 22 }}>页面出错了</h1>
        <p>请重试；如果问题仍然存在，请联系系统管理员。</p>
        <Button type="primary" onClick={() => window.location.reload()}>
          重试
        </Button>
      </div>
    );
  }
}
