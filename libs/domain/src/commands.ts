import type { CommandMetadata } from './actor';

export interface FileItemData {
  itemId: string;
  planCode: string;
  code: string;
  title: string;
  finding: string;
  target: string;
  /** YYYY-MM-DD, Asia/Shanghai. */
  deadline: string;
  responsibleUnitId: string;
  supervisingUnitId: string;
}

export interface FileItem {
  type: 'FileItem';
  data: FileItemData;
  metadata: CommandMetadata;
}

export type ItemCommand = FileItem;
