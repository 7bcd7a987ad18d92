import { App, Collapse, Form, Input } from 'antd';
import { useState } from 'react';
import { FormDialog } from '../../../ui/FormDialog';
import { type Plan, type PlanPolicy, useIssuePlan } from '../admin-api';
import { CodeField } from '../shared/CodeField';
import { UnitPicker } from '../shared/UnitPicker';
import { PolicyFields } from './PolicyFields';

interface Values {
  id: string;
  title: string;
  sourceInspection: string;
  ownerUnitId: string;
  policy?: Record<string, unknown>;
}

const PLAN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const refusals = {
  'plan-exists': { field: 'id', text: '该方案编号已存在' },
  'unknown-unit': { field: 'ownerUnitId', text: '该单位不存在' },
};

/** What the form holds, as the API takes it: blanks (the defaults) left out. */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false)
      .map(([k, v]) => [k, withoutBlanks(v)]);
    return Object.fromEntries(entries);
  }
  return value;
}

/** 新建方案: its code, title, the inspection it answers and the unit that owns it; the policy's settings optional. */
export function CreatePlanForm({ onClose, onIssued }: { onClose(): void; onIssued(plan: Plan): void }) {
  const [form] = Form.useForm<Values>();
  const issue = useIssuePlan();
  const { message } = App.useApp();
  const [policyOpen, setPolicyOpen] = useState<string[]>([]);

  const send = async (values: Values) => {
    const plan = await issue.mutateAsync({
      id: values.id.trim(),
      title: values.title.trim(),
      sourceInspection: values.sourceInspection.trim(),
      ownerUnitId: values.ownerUnitId,
      policy: withoutBlanks(values.policy ?? {}) as PlanPolicy,
    });
    void message.success(`已新建方案：${plan.title}`);
    onIssued(plan);
  };

  return (
    <FormDialog<Values>
      form={form}
      title="新建整改方案"
      okText="新建"
      width={760}
      send={send}
      sending={issue.isPending}
      refusals={refusals}
      // A policy error is inside the collapsed panel: open it.
      onFieldErrors={(names) => names.some((name) => name[0] === 'policy') && setPolicyOpen(['policy'])}
      onClose={onClose}
    >
      <CodeField
        label="方案编号"
        name="id"
        extra="导入表格、台账和接口中使用，创建后不可修改"
        pattern={PLAN_ID}
        patternText="1–64 位字母、数字、点、连字符或下划线，以字母或数字开头"
        placeholder="如：HHHT-2020"
      />
      <Form.Item label="方案名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写方案名称' }, { max: 500 }]}>
        <Input placeholder="如：呼和浩特市贯彻落实自治区生态环境保护督察反馈意见整改方案" maxLength={500} />
      </Form.Item>
      <Form.Item
        label="督察来源"
        name="sourceInspection"
        rules={[{ required: true, whitespace: true, message: '请填写督察来源' }, { max: 500 }]}
      >
        <Input placeholder="如：自治区第一生态环境保护督察组 2019年督察" maxLength={500} />
      </Form.Item>
      <Form.Item
        label="方案责任主体"
        name="ownerUnitId"
        rules={[{ required: true, message: '请选择方案责任主体' }]}
        extra="印发方案、接收备案的单位"
      >
        <UnitPicker placeholder="选择单位" />
      </Form.Item>
      <Collapse
        activeKey={policyOpen}
        onChange={(keys) => setPolicyOpen(keys)}
        items={[{ key: 'policy', label: '整改策略（可选；未填写的使用默认值）', forceRender: true, children: <PolicyFields /> }]}
      />
    </FormDialog>
  );
}
