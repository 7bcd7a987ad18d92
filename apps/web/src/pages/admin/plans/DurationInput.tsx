import { InputNumber, Select, Space } from 'antd';
import { useState } from 'react';

type Unit = 'D' | 'W' | 'M' | 'Y';
const units: { value: Unit; label: string }[] = [
  { value: 'D', label: '天' },
  { value: 'W', label: '周' },
  { value: 'M', label: '个月' },
  { value: 'Y', label: '年' },
];

const parse = (value: string | undefined): { amount: number | null; unit: Unit } => {
  const found = /^P(\d+)([DWMY])$/.exec(value ?? '');
  return found ? { amount: Number(found[1]), unit: found[2] as Unit } : { amount: null, unit: 'D' };
};

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  defaultUnit?: Unit;
  /** Whether zero is a length (a reminder on the day itself); else at least 1. */
  allowZero?: boolean;
  'aria-label'?: string;
}

/**
 * A length of time as the policy states it (ISO 8601: P7D, P3M), entered as a number and a unit. Empty → undefined
 * (the policy's default, or none). A duration of another form (P1DT12H, from the API) is shown as it is until changed.
 */
export function DurationInput({ id, value, onChange, defaultUnit = 'D', allowZero, 'aria-label': label }: Props) {
  const parsed = parse(value);
  // The unit of the value when there is one; the one last picked while there is none.
  const [picked, setPicked] = useState<Unit>(value ? parsed.unit : defaultUnit);
  const unit = value ? parsed.unit : picked;
  const emit = (amount: number | null, nextUnit: Unit) => onChange?.(amount === null ? undefined : `P${amount}${nextUnit}`);
  return (
    <Space.Compact>
      <InputNumber
        id={id}
        aria-label={label}
        min={allowZero ? 0 : 1}
        max={999}
        precision={0}
        value={parsed.amount}
        placeholder={value && parsed.amount === null ? value : '默认'}
        onChange={(amount) => emit(amount, unit)}
        style={{ width: 110 }}
      />
      <Select<Unit>
        aria-label={label ? `${label}的单位` : '单位'}
        value={unit}
        options={units}
        onChange={(next) => {
          setPicked(next);
          emit(parsed.amount, next);
        }}
        style={{ width: 84 }}
      />
    </Space.Compact>
  );
}
