import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The public pages' frame: the product's name and one card, centred; the whole width on a phone. */
export function SignInLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(180deg, #0b3d7a 0%, #1f6fb2 50%, #eef3f9 50%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ textAlign: 'center', marginBottom: 24, color: '#fff' }}>
          <Typography.Title level={1} style={{ color: '#fff', marginBottom: 4, fontSize: 30 }}>
            闭环 · 督察整改
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.9)' }}>清单制 · 责任制 · 销号制</Typography.Text>
        </div>
        <Card>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </div>
    </main>
  );
}
