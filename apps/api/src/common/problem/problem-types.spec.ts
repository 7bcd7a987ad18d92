import { readFileSync } from 'node:fs';
import path from 'node:path';
import { problemResponses } from '../openapi/problem-responses';
import { problemTable, withProblemTable } from './problem-table';
import { exampleSlugs, problemType, problemTypes } from './problem-types';

const conventions = path.resolve(__dirname, '../../../../../docs/api-conventions.md');

describe('the problem types table', () => {
  it('is the table in docs/api-conventions.md (run `make openapi` when this fails)', () => {
    const markdown = readFileSync(conventions, 'utf8');
    expect(markdown).toContain(problemTable());
    expect(withProblemTable(markdown)).toBe(markdown);
  });

  it('gives every documented error status one example, with the type, status and title of the table', () => {
    const responses = problemResponses();
    const examples = exampleSlugs();
    for (const [name, response] of Object.entries(responses)) {
      const status = Number(name.slice('Problem'.length));
      const example = response.content['application/problem+json'].example;
      const slug = examples.get(status)!;
      expect({ name, ...example }).toMatchObject({ name, type: problemType(slug), status, title: problemTypes[slug].title });
    }
  });

  it('names only types it has in the examples of the OpenAPI document and the docs', () => {
    const slugs = new Set(Object.keys(problemTypes).map(problemType));
    const markdown = readFileSync(conventions, 'utf8');
    const mentioned = [...markdown.matchAll(/`(\/problems\/[a-z-]+)`/g)].map((m) => m[1]);
    expect(mentioned.filter((type) => !slugs.has(type))).toEqual([]);
    for (const response of Object.values(problemResponses()))
      expect(slugs.has(response.content['application/problem+json'].example.type)).toBe(true);
  });
});
