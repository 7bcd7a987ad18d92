import { resultsMarkdown } from './results-markdown';
import type { StoredResult } from './stored-results';

const result: StoredResult = {
  id: 'web-cockpit',
  title: '7. Web app',
  order: 7,
  finishedAt: '2026-12-05T05:00:00.000Z',
  durationSeconds: 120,
  machine: { cpu: 'AMD EPYC', cores: 2, memoryGiB: 23.5, os: 'Linux', node: 'v20.20.2' },
  figures: [
    {
      benchmark: '7. Web app',
      name: 'first screen: 登录',
      unit: 'KB',
      ours: 281,
      baseline: { label: 'the entry', value: 206 },
      targets: [{ on: 'ours', op: '<=', value: 400 }],
    },
  ],
  notes: ['a note'],
  tables: [{ caption: 'Each call', header: ['call', 'p95'], rows: [['GET /v1/a|b', '12.0']], numeric: [1] }],
};

describe('resultsMarkdown', () => {
  it('shows a figure row, then the benchmark’s notes and its own tables under its heading', () => {
    const markdown = resultsMarkdown([result], 'results.png');
    expect(markdown).toContain('| 7. Web app | first screen: 登录 | 281 KB | 206 KB (the entry) | 1.36 | ≤ 400 KB | yes |');
    const section = markdown.slice(markdown.indexOf('## 7. Web app'));
    expect(section.split('\n')).toEqual(
      expect.arrayContaining(['- a note', '**Each call**', '| call | p95 |', '|---|---:|', '| GET /v1/a\\|b | 12.0 |']),
    );
    expect(section.indexOf('- a note')).toBeLessThan(section.indexOf('**Each call**'));
  });
});
