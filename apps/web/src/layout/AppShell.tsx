import { BellOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Layout, Menu, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useUnread } from '../api/queries';
import { roleLabel } from '../lib/labels';
import { menuOf } from '../session/roles';
import { useSession, useSignedIn } from '../session/session';
import { usePhone } from '../ui/use-phone';

const { Header, Sider, Content } = Layout;

/** The frame of every signed-in screen: the role's menu on the left (a drawer on a phone), the person above. */
export function AppShell({ children }: { children: ReactNode }) {
  const { person } = useSignedIn();
  const phone = usePhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const entries = menuOf[person.role];
  const selected =
    entries.find((e) => location.pathname.startsWith(e.path))?.path ?? (location.pathname.startsWith('/items') ? entries[0].path : '');

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={entries.map((e) => ({ key: e.path, label: e.label }))}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: phone ? '0 12px' : '0 24px', background: '#0b3d7a' }}>
        {phone && (
          <Button type="text" aria-label="打开菜单" icon={<MenuOutlined style={{ color: '#fff' }} />} onClick={() => setDrawerOpen(true)} />
        )}
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          闭环{phone ? '' : ' · 督察整改'}
        </Link>
        <div style={{ flex: 1 }} />
        <Space size={phone ? 8 : 16} align="center">
          <UnreadBell />
          <PersonBadge phone={phone} />
          <SignOut phone={phone} />
        </Space>
      </Header>
      <Layout>
        {phone ? (
          <Drawer
            title="菜单"
            placement="left"
            size={260}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        ) : (
          <Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <nav aria-label="主菜单">{menu}</nav>
          </Sider>
        )}
        <Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <main>{children}</main>
        </Content>
      </Layout>
    </Layout>
  );
}

function UnreadBell() {
  const { data } = useUnread();
  const count = data?.total ?? 0;
  const label = count === 0 ? '消息' : `消息，${count} 条未读`;
  return (
    <Link to="/inbox" aria-label={label} title={label}>
      <Badge count={count} overflowCount={99} size="small">
        <BellOutlined style={{ color: '#fff', fontSize: 20 }} />
      </Badge>
    </Link>
  );
}

function PersonBadge({ phone }: { phone: boolean }) {
  const { person } = useSignedIn();
  const units = person.units.map((u) => u.name).join('、');
  return (
    <span style={{ color: '#fff', lineHeight: 1.3, display: 'inline-flex', flexDirection: 'column', maxWidth: phone ? 120 : 360 }}>
      <strong style={ellipsis}>{person.name}</strong>
      {!phone && (
        <span style={{ ...ellipsis, color: 'rgba(255,255,255,0.85)', fontSize: 12 }} title={units}>
          {units || roleLabel[person.role]} · {roleLabel[person.role]}
        </span>
      )}
    </span>
  );
}

const ellipsis = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

function SignOut({ phone }: { phone: boolean }) {
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      ghost
      size={phone ? 'small' : 'middle'}
      icon={<LogoutOutlined />}
      loading={busy}
      aria-label="退出登录"
      onClick={() => {
        setBusy(true);
        void signOut().finally(() => setBusy(false));
      }}
    >
      {phone ? '' : '退出登录'}
    </Button>
  );
}
