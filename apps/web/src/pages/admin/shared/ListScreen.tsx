import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { Nothing } from '../../../ui/states';
import { Muted } from '../../../ui/text';
import { Heading } from './Heading';

/** What a list screen adds (新建密钥, 新增人员…): offered in its heading, and again where the list is empty. */
export interface Create {
  label: string;
  onClick(): void;
}

/** A list screen of 方案管理: its title with the way to add, a line on what the list is, then the list. */
export function ListScreen({ title, intro, create, children }: { title: string; intro: ReactNode; create: Create; children: ReactNode }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Heading title={title}>
        <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick}>
          {create.label}
        </Button>
      </Heading>
      <Muted>{intro}</Muted>
      {children}
    </Space>
  );
}

/** An empty list: why, and the way to add its first entry. */
export function NothingYet({ description, create }: { description: string; create: Create }) {
  return (
    <Nothing description={description}>
      <Button type="primary" onClick={create.onClick}>
        {create.label}
      </Button>
    </Nothing>
  );
}
