import { documentSeriesOf, formatDocumentNumber } from '../escalation';
import type { ItemEvent } from '../events';
import { ITEM_ID } from './fixtures';

const raised = (level: 'warning' | 'supervision' | 'summons', at: string): ItemEvent => ({
  type: 'EscalationRaised',
  data: { itemId: ITEM_ID, level, trigger: 'manual', reason: '整改滞后', at },
});

describe('the series a document number comes from (督办〔2026〕N号, 约谈〔2026〕N号)', () => {
  it('is the kind of the document and the year the escalation happens in', () => {
    expect(documentSeriesOf(raised('summons', '2026-11-23T02:00:00.000Z'))).toEqual({ kind: '约谈', year: 2026 });
    expect(documentSeriesOf(raised('supervision', '2026-11-23T02:00:00.000Z'))).toEqual({ kind: '督办', year: 2026 });
  });

  it('counts the year in Asia/Shanghai: half past midnight on New Year’s Day there is already the new year', () => {
    expect(documentSeriesOf(raised('summons', '2026-12-31T16:30:00.000Z'))).toEqual({ kind: '约谈', year: 2027 });
  });

  it('is none for a level that issues no document, and for other events', () => {
    expect(documentSeriesOf(raised('warning', '2026-11-23T02:00:00.000Z'))).toBeUndefined();
    expect(
      documentSeriesOf({ type: 'ItemOverdue', data: { itemId: ITEM_ID, deadline: '2026-11-22', at: '2026-11-23T02:00:00.000Z' } }),
    ).toBeUndefined();
  });

  it('numbers as 约谈〔2026〕3号', () => {
    expect(formatDocumentNumber('约谈', 2026, 3)).toBe('约谈〔2026〕3号');
  });
});
