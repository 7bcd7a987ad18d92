export interface ItemFiled {
  type: 'ItemFiled';
  data: {
    itemId: string;
    planCode: string;
    code: string;
    title: string;
    finding: string;
    target: string;
    deadline: string;
    filedAt: string;
  };
}

export interface ItemAssigned {
  type: 'ItemAssigned';
  data: {
    itemId: string;
    responsibleUnitId: string;
    supervisingUnitId: string;
    assignedAt: string;
  };
}

export type ItemEvent = ItemFiled | ItemAssigned;
export type ItemEventType = ItemEvent['type'];
