import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, InputNumber, Radio, Row, Select, Space } from 'antd';
import { escalationLabel } from '../../../lib/labels';
import { evidenceKindLabel } from '../shared/admin-labels';
import { DurationInput } from './DurationInput';

const cadences = [
  { value: 'P7D', label: '每周（周调度）' },
  { value: 'P15D', label: '每半月' },
  { value: 'P1M', label: '每月（月通报）' },
  { value: 'P3M', label: '每季度' },
  { value: 'P6M', label: '每半年（半年交账）' },
];
const revisitMonths = [1, 2, 3, 4, 5, 6, 9, 12].map((n) => ({ value: `P${n}M`, label: `销号后 ${n} 个月` }));
const levels = Object.entries(escalationLabel).map(([value, label]) => ({ value, label }));
const EVIDENCE_KIND = /^[a-z][a-z0-9_-]{0,31}$/;

/** The policy's settings in the plan's form, each named as the API names it (`policy.reportEvery`), so its errors land beside it. */
export function PolicyFields() {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="进展报送周期" name={['policy', 'reportEvery']} extra="不选则不要求定期报送">
            <Select allowClear placeholder="不要求定期报送" options={cadences} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="计日方式" name={['policy', 'dayCount']} extra="按天计算的期限是否跳过节假日">
            <Radio.Group
              options={[
                { value: 'natural', label: '自然日' },
                { value: 'working', label: '工作日' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="报送前提醒" name={['policy', 'remindBefore']} extra="报送截止、阶段性目标和整改时限前多久提醒">
            <DurationInput allowZero aria-label="报送前提醒" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="时限前提醒" name={['policy', 'remindBeforeDeadline']} extra="阶段性目标和整改时限另设提前量（不填同上）">
            <DurationInput allowZero aria-label="时限前提醒" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="临期预警（黄灯）" name={['policy', 'dueSoonBefore']} extra="整改时限前多久亮黄灯；默认 7 天">
            <DurationInput aria-label="临期预警" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="销号公示期" name={['policy', 'publicNoticePeriod']} extra="申请销号后公示多久再验收；不填则不公示">
            <DurationInput aria-label="销号公示期" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="回头看" name={['policy', 'revisitAfter']} extra="默认销号后 3 个月、6 个月">
            <Select mode="multiple" allowClear placeholder="默认：3 个月、6 个月" options={revisitMonths} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="销号须附佐证材料"
            name={['policy', 'requiredEvidenceKinds']}
            rules={[
              {
                validator: (_, kinds?: string[]) =>
                  (kinds ?? []).every((k) => EVIDENCE_KIND.test(k))
                    ? Promise.resolve()
                    : Promise.reject(new Error('材料类型须为小写英文字母开头的代码，如 photo')),
              },
            ]}
          >
            <Select
              mode="tags"
              allowClear
              placeholder="不限"
              options={Object.entries(evidenceKindLabel).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <EscalationRules />
      <Form.Item label="领导确认" name={['policy', 'confirmFrom']} extra="自该级别起，自动升级须经领导确认后生效">
        <Select allowClear placeholder="自动升级无需确认" options={levels.map((l) => ({ ...l, label: `自“${l.label}”起须确认` }))} />
      </Form.Item>
    </>
  );
}

/** 升级规则: each level of the ladder with the conditions that reach it (any of them). */
function EscalationRules() {
  return (
    <Form.List name={['policy', 'escalation']}>
      {(rows, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>升级规则（满足任一条件即升级）</legend>
          {rows.map(({ key, name }) => (
            <Space key={key} wrap align="baseline" style={{ marginBottom: 8, width: '100%' }}>
              <Form.Item name={[name, 'level']} rules={[{ required: true, message: '请选择级别' }]} style={{ marginBottom: 0 }}>
                <Select aria-label={`第 ${name + 1} 条规则的级别`} placeholder="级别" options={levels} style={{ width: 100 }} />
              </Form.Item>
              <Form.Item
                name={[name, 'overdueWorkingDays']}
                style={{ marginBottom: 0 }}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: () => {
                      const rule = getFieldValue(['policy', 'escalation', name]) as Record<string, unknown> | undefined;
                      const some = rule && (rule.overdueWorkingDays != null || rule.missedReports != null || rule.onRelapse === true);
                      return some ? Promise.resolve() : Promise.reject(new Error('至少填写一个条件'));
                    },
                  }),
                ]}
              >
                <InputNumber
                  aria-label={`第 ${name + 1} 条规则：逾期工作日`}
                  min={0}
                  max={3660}
                  precision={0}
                  prefix="逾期"
                  suffix="个工作日"
                  style={{ width: 190 }}
                />
              </Form.Item>
              <Form.Item name={[name, 'missedReports']} style={{ marginBottom: 0 }}>
                <InputNumber
                  aria-label={`第 ${name + 1} 条规则：连续未报送次数`}
                  min={0}
                  max={1000}
                  precision={0}
                  prefix="连续"
                  suffix="次未报送"
                  style={{ width: 190 }}
                />
              </Form.Item>
              <Form.Item name={[name, 'onRelapse']} valuePropName="checked" style={{ marginBottom: 0 }}>
                <Checkbox>回头看发现反弹</Checkbox>
              </Form.Item>
              <Button type="text" aria-label={`删除第 ${name + 1} 条规则`} icon={<MinusCircleOutlined />} onClick={() => remove(name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
            添加升级规则
          </Button>
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}
