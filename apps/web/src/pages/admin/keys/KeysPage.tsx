import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useState } from 'react';
import { formatDateTime } from '../../../lib/dates';
import { roleLabel } from '../../../lib/labels';
import { Muted } from '../../../ui/text';
import { type Principal, usePrincipals, useRevokePrincipal, useRotateKey, useUnits } from '../admin-api';
import { ListScreen } from '../shared/ListScreen';
import { PagedTable } from '../shared/PagedTable';
import { useCursorTrail } from '../../../ui/paging';
import { RowAction, RowActions } from '../shared/RowActions';
import { ShownOnce } from '../shared/ShownOnce';
import { unitNamer } from '../shared/unit-tree';
import { useRowWrites } from '../shared/use-row-writes';
import { usePhone } from '../../../ui/use-phone';

// The form loads when it is opened: the list is the first screen.
const CreateKeyForm = lazy(() => import('./CreateKeyForm').then((m) => ({ default: m.CreateKeyForm })));

/** 有效, or 已吊销 with when (colours that keep WCAG AA contrast). */
function state(revokedAt: string | null) {
  return revokedAt ? (
    <Tag style={{ color: '#595959' }}>已吊销 {formatDateTime(revokedAt)}</Tag>
  ) : (
    <Tag style={{ color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' }}>有效</Tag>
  );
}

const KEY_WARNING = '密钥只显示这一次：请立即复制，交给对接系统的管理员妥善保存。关闭后无法再次查看；遗失只能轮换出新密钥。';

/** API 密钥: the keys other systems call the API with — each with a role and units; made, rotated and revoked here. */
export default function KeysPage() {
  const trail = useCursorTrail();
  const page = usePrincipals(trail.cursor);
  const units = useUnits();
  const unitName = unitNamer(units.data);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ name: string; key: string }>();
  const rotate = useRotateKey();
  const revoke = useRevokePrincipal();
  const { confirm, success } = useRowWrites();
  const phone = usePhone();
  const create = { label: '新建密钥', onClick: () => setCreating(true) };

  const unitsOf = (p: Principal) => (p.role === 'admin' && p.unitIds.length === 0 ? '全部单位' : p.unitIds.map(unitName).join('、'));

  const confirmRotate = (p: Principal) =>
    confirm({
      title: `轮换“${p.name}”的密钥？`,
      content: '将生成新密钥，旧密钥立即失效；使用旧密钥的系统需要换用新密钥后才能继续调用。',
      okText: '轮换',
      write: async () => {
        const rotated = await rotate.mutateAsync(p.id);
        setShown({ name: rotated.name, key: rotated.key });
      },
    });
  const confirmRevoke = (p: Principal) =>
    confirm({
      title: `吊销“${p.name}”？`,
      content: '吊销后该密钥立即失效，且不能恢复；如需继续对接，请新建密钥。',
      okText: '吊销',
      danger: true,
      write: async () => {
        await revoke.mutateAsync(p.id);
        success(`已吊销：${p.name}`);
      },
    });

  const columns: ColumnsType<Principal> = [
    {
      title: '名称',
      dataIndex: 'name',
      render: (name: string, p) => (
        <>
          <span style={{ fontWeight: 500 }}>{name}</span>
          {/* On a phone the role, units and state go under the name (their columns are hidden). */}
          {phone && (
            <div>
              <Muted>
                {roleLabel[p.role]} · {unitsOf(p)}
              </Muted>
              <div>{state(p.revokedAt)}</div>
            </div>
          )}
        </>
      ),
    },
    { title: '角色', dataIndex: 'role', width: 110, responsive: ['md'], render: (role: Principal['role']) => roleLabel[role] },
    { title: '授权单位', dataIndex: 'unitIds', responsive: ['md'], render: (_: string[], p) => unitsOf(p) },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, responsive: ['lg'], render: (at: string) => formatDateTime(at) },
    { title: '状态', dataIndex: 'revokedAt', width: 170, responsive: ['md'], render: (at: string | null) => state(at) },
    {
      title: '操作',
      key: 'actions',
      width: phone ? 64 : 130,
      render: (_, p) =>
        p.revokedAt ? null : (
          <RowActions>
            <RowAction onClick={() => void confirmRotate(p)} aria-label={`轮换“${p.name}”的密钥`}>
              轮换
            </RowAction>
            <RowAction danger onClick={() => void confirmRevoke(p)} aria-label={`吊销“${p.name}”`}>
              吊销
            </RowAction>
          </RowActions>
        ),
    },
  ];

  return (
    <ListScreen
      title="API 密钥"
      intro="供其他政务系统调用接口：每个密钥有一个角色和授权单位，只能办理授权单位及其下级单位的事项。人员请在“人员”中管理。"
      create={create}
    >
      <PagedTable<Principal>
        page={page}
        trail={trail}
        columns={columns}
        width={900}
        nothing={{ atAll: '还没有 API 密钥', onThisPage: '这一页没有密钥' }}
        create={create}
      />
      {creating && (
        <Suspense fallback={null}>
          <CreateKeyForm
            onClose={() => setCreating(false)}
            onCreated={(created) => {
              setCreating(false);
              setShown({ name: created.name, key: created.key });
            }}
          />
        </Suspense>
      )}
      {shown && (
        <ShownOnce
          title={`“${shown.name}”的 API 密钥`}
          label="API 密钥"
          secret={shown.key}
          warning={KEY_WARNING}
          onClose={() => setShown(undefined)}
        />
      )}
    </ListScreen>
  );
}
