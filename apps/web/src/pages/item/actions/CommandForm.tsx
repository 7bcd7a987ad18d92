import { Form, type FormInstance } from 'antd';
import { type ReactNode, useState } from 'react';
import type { Item } from '../../../api/queries';
import { refusalOf } from '../../../lib/labels';
import { FormDialog } from '../../../ui/FormDialog';
import { type ItemWrite, isConflict, useItemCommand } from './use-item-command';

interface Props<Values, Body> {
  item: Item;
  title: string;
  okText: string;
  success: string;
  write: ItemWrite<Body>;
  toBody(values: Values): Body;
  initialValues?: Partial<Values>;
  onClose(): void;
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
}

/**
 * One command as a form in a dialog: sent with the item's version (If-Match) and one Idempotency-Key for as long as
 * the dialog is open (a retried submit is not a second report); field errors beside the fields, anything else above.
 */
export function CommandForm<Values extends object, Body>(props: Props<Values, Body>) {
  const { item, title, okText, success, write, toBody, initialValues, onClose, children } = props;
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const command = useItemCommand(item, write, { success, onConflict: onClose });

  const send = async (values: Values) => {
    try {
      await command.mutateAsync({ body: toBody(values), idempotencyKey });
      onClose();
    } catch (error) {
      // Someone else acted first: the command has closed the form and said so.
      if (!isConflict(error)) throw error;
    }
  };

  return (
    <FormDialog<Values>
      form={form}
      title={title}
      okText={okText}
      width={560}
      initialValues={initialValues}
      send={send}
      sending={command.isPending}
      refusals={refusalOf}
      onClose={onClose}
    >
      {typeof children === 'function' ? children(form) : children}
    </FormDialog>
  );
}
