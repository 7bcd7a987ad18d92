import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useUnits } from '../admin-api';
import { type UnitNode, unitTree } from './unit-tree';

interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

const toOptions = (nodes: UnitNode[]): TreeOption[] =>
  nodes.map((n) => ({ value: n.id, title: n.name, ...(n.children ? { children: toOptions(n.children) } : {}) }));

interface Props {
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  disabled?: boolean;
}

/**
 * Units picked from the organisation tree, searchable by name. As a Form.Item's control it takes `value`/`onChange`
 * (one id, or several with `multiple`).
 */
export function UnitPicker({ multiple, ...props }: Props) {
  const units = useUnits();
  const treeData = useMemo(() => toOptions(unitTree(units.data ?? [])), [units.data]);
  return (
    <TreeSelect
      {...props}
      treeData={treeData}
      multiple={multiple}
      treeCheckable={false}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      treeDefaultExpandAll
      loading={units.isLoading}
      notFoundContent={units.error ? '单位加载失败' : '没有单位'}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
