import { Alert, Form, type FormInstance, type FormProps, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import type { NamePath } from './field-paths';
import { type Refusals, showProblem } from './form-errors';

interface Props<Values> {
  form: FormInstance<Values>;
  title: string;
  okText: string;
  width?: number;
  initialValues?: FormProps<Values>['initialValues'];
  /** Sends the values. What it throws is shown: field errors beside their fields, anything else above the form. */
  send(values: Values): Promise<unknown>;
  sending: boolean;
  refusals?: Refusals;
  /** The fields that show an error after a submit (the form's own checks', or the API's): to open what hides them. */
  onFieldErrors?(names: NamePath[]): void;
  onClose(): void;
  children: ReactNode;
}

/** A form in a dialog: 取消 or the ok button, which submits it; closed only by those (a click beside it keeps the input). */
export function FormDialog<Values>(props: Props<Values>) {
  const { form, title, okText, width, initialValues, send, sending, refusals, onFieldErrors, onClose, children } = props;
  const [failure, setFailure] = useState<string>();
  const fieldsWithErrors = () => form.getFieldsError().flatMap((f) => (f.errors.length > 0 ? [f.name as NamePath] : []));

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
      await send(values);
    } catch (error) {
      setFailure(showProblem(form, error, refusals));
      onFieldErrors?.(fieldsWithErrors());
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
      confirmLoading={sending}
      destroyOnHidden
      mask={{ closable: false }}
      width={width}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        onFinishFailed={({ errorFields }) => onFieldErrors?.(errorFields.map((f) => f.name as NamePath))}
        disabled={sending}
        scrollToFirstError
      >
        {children}
      </Form>
    </Modal>
  );
}
