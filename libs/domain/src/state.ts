export type ItemStatus = 'assigned';

export interface UnfiledItem {
  status: 'unfiled';
}

export interface FiledItem {
  status: 'filed' | ItemStatus;
  itemId: string;
  planCode: string;
  code: string;
  title: string;
  finding: string;
  target: string;
  deadline: string;
  filedAt: string;
  responsibleUnitId?: string;
  supervisingUnitId?: string;
}

export type ItemState = UnfiledItem | FiledItem;

export const initialState = (): ItemState => ({ status: 'unfiled' });
