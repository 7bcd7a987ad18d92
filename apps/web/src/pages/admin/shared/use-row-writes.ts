import { App } from 'antd';
import { describe } from '../../../ui/states';

interface Confirmation {
  title: string;
  content: string;
  okText: string;
  danger?: boolean;
  write(): Promise<unknown>;
}

/** A row action's write, run at once or after a confirmation; a failure is said in a message (the list stays). */
export function useRowWrites() {
  const { modal, message } = App.useApp();
  const run = async (write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      void message.error(describe(error));
    }
  };
  const confirm = ({ title, content, okText, danger, write }: Confirmation) =>
    modal.confirm({ title, content, okText, cancelText: '取消', okButtonProps: { danger }, onOk: () => run(write) });
  return { run, confirm, success: (text: string) => void message.success(text) };
}
