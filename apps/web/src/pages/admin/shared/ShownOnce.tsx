import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';

interface Props {
  title: string;
  /** What it is, for the field's label: API 密钥, 邀请链接. */
  label: string;
  secret: string;
  warning: string;
  onClose(): void;
}

/**
 * A secret the API shows this once (an API key, an invitation link): a warning, the text selected for copying, a
 * copy button; closing asks nothing more, the text is gone.
 */
export function ShownOnce({ title, label, secret, warning, onClose }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (an http page, a refused permission): the text stays selected for Ctrl+C.
      document.getElementById('shown-once-secret')?.focus();
    }
  };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已妥善保存
        </Button>
      }
      width={600}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={warning} />
        <label htmlFor="shown-once-secret" style={{ fontWeight: 600 }}>
          {label}
        </label>
        <Space.Compact style={{ width: '100%' }}>
          <Input id="shown-once-secret" readOnly value={secret} onFocus={(e) => e.target.select()} style={{ fontFamily: 'monospace' }} />
          <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
            {copied ? '已复制' : '复制'}
          </Button>
        </Space.Compact>
      </Space>
    </Modal>
  );
}
