import { formatDocumentNumber } from '@closeloop/domain';

/** The next number of each series (督办〔2026〕17号), as the worker's allocateDocumentNumber activity hands them out. */
export class DocumentNumbers {
  private readonly last = new Map<string, number>();

  next(kind: string, year: number): string {
    const key = `${kind}:${year}`;
    const n = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, n);
    return formatDocumentNumber(kind, year, n);
  }
}
