import { chmodSync, closeSync, openSync, writeSync } from 'node:fs';
import type { SyntheticAppend } from '../synthetic/timeline';

/** The events table's columns, in the order the file holds them. */
export const eventCopyColumns = [
  'global_position',
  'stream_id',
  'stream_version',
  'event_id',
  'type',
  'data',
  'metadata',
  'recorded_at',
] as const;

/** COPY's text format: tab-separated, one row a line; a backslash (JSON escapes have them) is doubled. */
const field = (value: string): string => (/[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escape) : value);
const escape = (c: string): string => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r');

/** Writes appends as rows of the events table (global positions from 1, recorded at their simulated instant). */
export class EventCopyFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  private position = 0;
  bytes = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w', 0o644);
    chmodSync(file, 0o644);
  }

  get rows(): number {
    return this.position;
  }

  write(append: SyntheticAppend): void {
    const recordedAt = append.at.toISOString();
    append.events.forEach((event, i) => {
      this.position++;
      const line = `${this.position}\t${field(append.streamId)}\t${append.expectedVersion + i + 1}\t${event.eventId}\t${event.type}\t${field(JSON.stringify(event.data))}\t${field(JSON.stringify(event.metadata))}\t${recordedAt}\n`;
      this.buffer.push(line);
      this.buffered += line.length;
    });
    if (this.buffered > 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = Buffer.from(this.buffer.join(''), 'utf8');
    writeSync(this.fd, chunk);
    this.bytes += chunk.length;
    this.buffer = [];
    this.buffered = 0;
  }
}
