import { Button, Input, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useUnits } from '../admin-api';
import { unitKindLabel } from '../shared/admin-labels';
import { ListScreen, NothingYet } from '../shared/ListScreen';
import { type UnitNode, unitTree } from '../shared/unit-tree';
import { Failed, Loading, Nothing } from '../../../ui/states';
import { Muted } from '../../../ui/text';
import { usePhone } from '../../../ui/use-phone';

// The form loads when it is opened: the list is the first screen.
const CreateUnitForm = lazy(() => import('./CreateUnitForm').then((m) => ({ default: m.CreateUnitForm })));

/** 单位: the organisation as a tree (plan owner, districts, departments), and new units under any of them. */
export default function UnitsPage() {
  const units = useUnits();
  const [creating, setCreating] = useState<{ parentId?: string } | undefined>();
  const [filter, setFilter] = useState('');
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const shown = useMemo(() => (filter ? matching(tree, filter) : tree), [tree, filter]);
  const phone = usePhone();
  const create = { label: '新增单位', onClick: () => setCreating({}) };

  const columns: ColumnsType<UnitNode> = [
    {
      title: '单位名称',
      dataIndex: 'name',
      render: (name: string, unit) => (
        <>
          <span style={{ fontWeight: 500 }}>{name}</span>
          {/* On a phone the code and kind go under the name (their columns are hidden). */}
          {phone && (
            <div>
              <Muted>
                {unit.id} · {unitKindLabel[unit.kind]}
              </Muted>
            </div>
          )}
        </>
      ),
    },
    { title: '单位编号', dataIndex: 'id', width: 200, responsive: ['md'], render: (id: string) => <code>{id}</code> },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 140,
      responsive: ['md'],
      render: (kind: UnitNode['kind']) => <Tag>{unitKindLabel[kind]}</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: phone ? 76 : 140,
      render: (_, unit) => (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          onClick={() => setCreating({ parentId: unit.id })}
          aria-label={`在“${unit.name}”下新增单位`}
        >
          {phone ? '新增下级' : '新增下级单位'}
        </Button>
      ),
    },
  ];

  return (
    <ListScreen
      title="单位"
      intro="方案责任主体、区县和职能部门的组织树；人员和 API 密钥按单位授权，可办理本单位及其下级单位的事项。"
      create={create}
    >
      {units.isLoading ? (
        <Loading />
      ) : units.error ? (
        <Failed error={units.error} retry={() => void units.refetch()} />
      ) : tree.length === 0 ? (
        <NothingYet description="还没有单位：先新增方案责任主体（如市人民政府），再在其下新增区县和职能部门" create={create} />
      ) : (
        <>
          <Input.Search
            aria-label="按名称或编号查找单位"
            placeholder="按名称或编号查找单位"
            allowClear
            style={{ maxWidth: 320 }}
            onSearch={(text) => setFilter(text.trim())}
          />
          {shown.length === 0 ? (
            <Nothing description="没有名称或编号包含该文字的单位" />
          ) : (
            <Table<UnitNode>
              key={filter}
              rowKey="id"
              columns={columns}
              dataSource={shown}
              pagination={false}
              size="middle"
              expandable={{ defaultExpandAllRows: true, indentSize: 20 }}
              scroll={phone ? undefined : { x: 720 }}
              footer={() => <Muted>共 {units.data!.length} 个单位</Muted>}
            />
          )}
        </>
      )}
      {creating && (
        <Suspense fallback={null}>
          <CreateUnitForm parentId={creating.parentId} onClose={() => setCreating(undefined)} />
        </Suspense>
      )}
    </ListScreen>
  );
}

/** The branches that lead to a unit whose name or id holds the text. */
function matching(nodes: UnitNode[], text: string): UnitNode[] {
  const needle = text.toLowerCase();
  return nodes.flatMap((node) => {
    const children = matching(node.children ?? [], text);
    const hit = node.name.toLowerCase().includes(needle) || node.id.includes(needle);
    return hit || children.length > 0 ? [{ ...node, children: children.length > 0 ? children : undefined }] : [];
  });
}
