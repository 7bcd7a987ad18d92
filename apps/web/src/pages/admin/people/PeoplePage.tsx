import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useState } from 'react';
import { formatDateTime } from '../../../lib/dates';
import { roleLabel } from '../../../lib/labels';
import { Muted } from '../../../ui/text';
import { useSignedIn } from '../../../session/session';
import { ListScreen } from '../shared/ListScreen';
import { PagedTable } from '../shared/PagedTable';
import { useCursorTrail } from '../../../ui/paging';
import { RowAction, RowActions } from '../shared/RowActions';
import { ShownOnce } from '../shared/ShownOnce';
import { useRowWrites } from '../shared/use-row-writes';
import { type Invitation, type Person, useDisablePerson, useEnablePerson, useInvitePerson, usePeople } from './people-api';
import { usePhone } from '../../../ui/use-phone';

// The form loads when it is opened: the list is the first screen.
const CreatePersonForm = lazy(() => import('./CreatePersonForm').then((m) => ({ default: m.CreatePersonForm })));

/** The invitation as the person opens it: this site's address and the link's path. */
const linkOf = (invitation: Invitation) => new URL(invitation.url, window.location.origin).href;

/** 正常, or 已停用 with since when (colours that keep WCAG AA contrast). */
function state(person: Person) {
  return person.disabledAt ? (
    <Tag style={{ color: '#a8071a', background: '#fff1f0', borderColor: '#ffccc7' }}>已停用 {formatDateTime(person.disabledAt)}</Tag>
  ) : (
    <Tag style={{ color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' }}>正常</Tag>
  );
}

/**
 * 人员: the people who sign in — each with a role and units; created with a one-time invitation link (shown once),
 * invited again (a new link; the old one stops working), disabled (signed out everywhere at once) and enabled.
 */
export default function PeoplePage() {
  const trail = useCursorTrail();
  const page = usePeople(trail.cursor);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ name: string; invitation: Invitation }>();
  const invite = useInvitePerson();
  const disable = useDisablePerson();
  const enable = useEnablePerson();
  const { confirm, run, success } = useRowWrites();
  const phone = usePhone();
  const me = useSignedIn().person.id;
  const create = { label: '新增人员', onClick: () => setCreating(true) };

  const confirmInvite = (p: Person) =>
    confirm({
      title: `重新邀请“${p.name}”？`,
      content: '将生成新的邀请链接，之前发出的链接立即失效。本人通过新链接重新设置密码（也用于忘记密码）。',
      okText: '生成新链接',
      write: async () => setShown({ name: p.name, invitation: await invite.mutateAsync(p.id) }),
    });
  const confirmDisable = (p: Person) =>
    confirm({
      title: `停用“${p.name}”？`,
      content: '停用后该人员立即在所有设备上退出登录，且不能再登录；可随时重新启用。其经办记录保留。',
      okText: '停用',
      danger: true,
      write: async () => {
        await disable.mutateAsync(p.id);
        success(`已停用：${p.name}`);
      },
    });
  const doEnable = (p: Person) =>
    run(async () => {
      await enable.mutateAsync(p.id);
      success(`已启用：${p.name}`);
    });

  const unitsOf = (p: Person) => (p.role === 'admin' && p.units.length === 0 ? '全部单位' : p.units.map((u) => u.name).join('、'));
  const columns: ColumnsType<Person> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, p) => (
        <>
          <span style={{ fontWeight: 500 }}>{name}</span>
          {p.id === me && <Muted style={{ marginInlineStart: 6 }}>（本人）</Muted>}
          {/* On a phone the login, role, units and state go under the name (their columns are hidden). */}
          {phone && (
            <div>
              <Muted>
                {p.login} · {roleLabel[p.role]} · {unitsOf(p)}
              </Muted>
              <div>{state(p)}</div>
            </div>
          )}
        </>
      ),
    },
    { title: '账号', dataIndex: 'login', width: 140, responsive: ['md'], render: (login: string) => <code>{login}</code> },
    { title: '角色', dataIndex: 'role', width: 100, responsive: ['md'], render: (role: Person['role']) => roleLabel[role] },
    { title: '所属单位', key: 'units', responsive: ['md'], render: (_, p) => unitsOf(p) },
    {
      title: '统一身份认证',
      dataIndex: 'oidcSubject',
      width: 120,
      responsive: ['xl'],
      render: (subject: string | null) => (subject ? '已关联' : <Muted>未关联</Muted>),
    },
    { title: '状态', key: 'state', width: 180, responsive: ['md'], render: (_, p) => state(p) },
    {
      title: '操作',
      key: 'actions',
      width: phone ? 76 : 170,
      render: (_, p) => (
        <RowActions>
          <RowAction onClick={() => void confirmInvite(p)} aria-label={`重新邀请“${p.name}”`}>
            重新邀请
          </RowAction>
          {/* Not oneself: disabling would sign one out everywhere, with nobody left to enable one again. */}
          {p.id === me ? null : p.disabledAt ? (
            <RowAction
              loading={enable.isPending && enable.variables === p.id}
              onClick={() => void doEnable(p)}
              aria-label={`启用“${p.name}”`}
            >
              启用
            </RowAction>
          ) : (
            <RowAction danger onClick={() => void confirmDisable(p)} aria-label={`停用“${p.name}”`}>
              停用
            </RowAction>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <ListScreen
      title="人员"
      intro="登录本系统办理整改的人员：按角色和所属单位授权。新增后把邀请链接发给本人，本人设置密码后即可登录；也可关联统一身份认证账号。"
      create={create}
    >
      <PagedTable<Person>
        page={page}
        trail={trail}
        columns={columns}
        width={960}
        nothing={{ atAll: '还没有人员', onThisPage: '这一页没有人员' }}
        create={create}
      />
      {creating && (
        <Suspense fallback={null}>
          <CreatePersonForm
            onClose={() => setCreating(false)}
            onCreated={(person) => {
              setCreating(false);
              setShown({ name: person.name, invitation: person.invitation });
            }}
          />
        </Suspense>
      )}
      {shown && (
        <ShownOnce
          title={`“${shown.name}”的邀请链接`}
          label="邀请链接"
          secret={linkOf(shown.invitation)}
          warning={`邀请链接只显示这一次，${formatDateTime(shown.invitation.expiresAt)} 前有效，只能使用一次。请通过安全渠道发给本人；本人打开后设置密码即可登录。`}
          onClose={() => setShown(undefined)}
        />
      )}
    </ListScreen>
  );
}
