import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import type { Item } from '../../../api/queries';
import { showProblem } from '../../../ui/form-errors';
import { type ItemWrite, isConflict, useItemCommand } from './use-item-command';

interface Props<Values, Body> {
  item: Item;
  title: string;
  okText: string;
  success: string;
  write: ItemWrite<Body>;
  toBody(values: Values): Body;
  /** The form's fields by name: the API's field errors on them show beside them. */
  fields: readonly string[];
  initialValues?: Partial<Values>;
  onClose(): void;
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
}

/**
 * One command as a form in a dialog: sent with the item's version (If-Match) and one Idempotency-Key for as long as
 * the dialog is open (a retried submit is not a second report); field errors beside the fields, anything else above.
 */
export function CommandForm<Values extends object, Body>(props: Props<Values, Body>) {
  const { item, title, okText, success, write, toBody, fields, initialValues, onClose, children } = props;
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [failure, setFailure] = useState<string>();
  const command = useItemCommand(item, write, { success, onConflict: onClose });

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
      await command.mutateAsync({ body: toBody(values), idempotencyKey });
      onClose();
    } catch (error) {
      if (!isConflict(error)) setFailure(showProblem(form, error, fields));
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={command.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={560}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        disabled={command.isPending}
        scrollToFirstError
      >
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
