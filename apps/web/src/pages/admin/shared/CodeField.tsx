import { Form, Input } from 'antd';

interface Props {
  label: string;
  name: string;
  extra: string;
  pattern: RegExp;
  /** The pattern in words, shown when the text does not match. */
  patternText: string;
  placeholder: string;
}

/** A code that names the entry for good (单位编号, 方案编号, 账号): required, of a pattern, at most 64 characters. */
export function CodeField({ label, name, extra, pattern, patternText, placeholder }: Props) {
  return (
    <Form.Item
      label={label}
      name={name}
      extra={extra}
      rules={[
        { required: true, message: `请填写${label}` },
        { pattern, message: patternText },
      ]}
    >
      <Input placeholder={placeholder} maxLength={64} autoComplete="off" />
    </Form.Item>
  );
}
