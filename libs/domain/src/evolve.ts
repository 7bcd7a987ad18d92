import type { ItemEvent } from './events';
import type { ItemState } from './state';

export function evolve(state: ItemState, event: ItemEvent): ItemState {
  switch (event.type) {
    case 'ItemFiled': {
      const { filedAt, ...item } = event.data;
      return { status: 'filed', ...item, filedAt };
    }
    case 'ItemAssigned':
      if (state.status === 'unfiled') return state;
      return {
        ...state,
        status: 'assigned',
        responsibleUnitId: event.data.responsibleUnitId,
        supervisingUnitId: event.data.supervisingUnitId,
      };
  }
}

export const fold = (state: ItemState, events: readonly ItemEvent[]): ItemState => events.reduce(evolve, state);
