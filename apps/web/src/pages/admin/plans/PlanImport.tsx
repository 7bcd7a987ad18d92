import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Space, Steps, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { describe } from '../../../ui/states';
import { Muted } from '../../../ui/text';
import { type ImportCheck, type ImportResult, type Plan, adminKeys, importSheet } from '../admin-api';
import { ImportErrors, type RowError } from './ImportErrors';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * 导入任务清单: the plan's spreadsheet is checked first (a dry run: every row, nothing written) and the rows with
 * their errors shown; only a file without errors can be imported, by 确认导入.
 */
export function PlanImport({ plan }: { plan: Plan }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const check = useMutation({ mutationFn: (chosen: File) => importSheet(plan.id, chosen, true) as Promise<ImportCheck> });
  const run = useMutation({
    mutationFn: (chosen: File) => importSheet(plan.id, chosen, false) as Promise<ImportResult>,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: adminKeys.plans }), queryClient.invalidateQueries({ queryKey: ['items'] })]),
  });

  const choose = (chosen: File) => {
    setFile(chosen);
    run.reset();
    check.mutate(chosen);
  };
  const startOver = () => {
    setFile(undefined);
    check.reset();
    run.reset();
  };

  const checked = check.data;
  const step = run.isSuccess ? 2 : checked ? 1 : 0;
  // The import refused after all (the plan changed since the check): its rows' errors, as the check shows them.
  const refusedRows = run.error instanceof ApiError && run.error.slug === 'invalid-rows' ? rowErrorsOf(run.error) : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Steps
        current={step}
        size="small"
        responsive={false}
        titlePlacement="vertical"
        items={[{ title: '选择表格' }, { title: '检查（不写入）' }, { title: '确认导入' }]}
      />
      {run.isSuccess ? (
        <Result
          status="success"
          title={`已导入 ${run.data.imported} 项整改任务`}
          subTitle={
            run.data.unchanged > 0
              ? `另有 ${run.data.unchanged} 项此前已导入且内容相同，未重复创建。`
              : '每项任务已建档立案并交办责任单位。'
          }
          extra={<Button onClick={startOver}>导入另一个表格</Button>}
        />
      ) : (
        <>
          {!file || check.isError ? (
            <Picker onChoose={choose} />
          ) : (
            <Card size="small">
              <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                <span>
                  已选择：<strong>{file.name}</strong>
                </span>
                <Button onClick={startOver} disabled={check.isPending || run.isPending}>
                  重新选择
                </Button>
              </Space>
            </Card>
          )}
          {check.isPending && <Alert type="info" showIcon title="正在逐行检查表格，尚未写入任何数据…" role="status" />}
          {check.isError && (
            <Alert type="error" showIcon role="alert" title={`无法读取“${file?.name ?? ''}”`} description={fileProblem(check.error)} />
          )}
          {checked && <CheckSummary check={checked} />}
          {checked && checked.errors.length > 0 && <ImportErrors errors={checked.errors} />}
          {checked && checked.errors.length === 0 && checked.valid > checked.unchanged && (
            <Space wrap>
              <Button type="primary" size="large" loading={run.isPending} onClick={() => file && run.mutate(file)}>
                确认导入 {checked.valid - checked.unchanged} 项
              </Button>
              <Muted>确认后逐项建档立案、交办责任单位，不可撤销。</Muted>
            </Space>
          )}
          {run.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title="导入未完成"
              description={refusedRows ? '表格中有错误（方案在检查后有变化），未导入任何任务。请修改后重新选择文件。' : describe(run.error)}
            />
          )}
          {refusedRows && <ImportErrors errors={refusedRows} />}
        </>
      )}
    </Space>
  );
}

function Picker({ onChoose }: { onChoose(file: File): void }) {
  return (
    <Upload.Dragger
      accept={ACCEPT}
      multiple={false}
      showUploadList={false}
      beforeUpload={(file) => {
        onChoose(file);
        // Nothing is uploaded by the component: the file goes to the dry run above.
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">点击或拖入方案的任务表格（XLSX 或 CSV）</p>
      <p className="ant-upload-hint">
        首行为表头：序号、问题、整改目标、整改措施、责任单位、配合单位、责任人、督导单位、整改时限、阶段性目标、类型。先检查，不写入。
      </p>
    </Upload.Dragger>
  );
}

function CheckSummary({ check }: { check: ImportCheck }) {
  const badRows = new Set(check.errors.map((e) => e.row)).size;
  if (check.errors.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={`检查发现 ${check.errors.length} 处错误，涉及 ${badRows} 行；未写入任何数据`}
        description={`共 ${check.rows} 行，${check.valid} 行无误。请按下表修改表格后重新选择文件；有错误的表格不能导入。`}
      />
    );
  }
  if (check.rows === 0)
    return <Alert type="warning" showIcon title="表格中没有任务行" description="请确认首行是表头，任务从第二行开始。" />;
  const fresh = check.valid - check.unchanged;
  return (
    <Alert
      type={fresh > 0 ? 'success' : 'info'}
      showIcon
      role="status"
      title={fresh > 0 ? `共 ${check.rows} 行，全部通过检查；尚未写入` : `共 ${check.rows} 行，都已导入过且内容相同，无需再次导入`}
      description={
        check.unchanged > 0 && fresh > 0 ? `其中 ${check.unchanged} 行此前已导入且内容相同，将跳过；新增 ${fresh} 项。` : undefined
      }
    />
  );
}

/** The problem with the file itself (not a row of it): unreadable, empty, too large, of another type. */
function fileProblem(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return '文件太大。';
    if (error.status === 415) return '只能导入 XLSX 或 CSV 文件。';
    if (error.slug === 'unreadable-sheet') return `文件无法读取：${error.fieldErrors.file ?? describe(error)}`;
  }
  return describe(error);
}

function rowErrorsOf(error: ApiError): RowError[] {
  const errors = (error.problem as { errors?: Partial<RowError>[] }).errors ?? [];
  return errors.filter((e): e is RowError => typeof e.row === 'number');
}
