// `make openapi`: writes the API's OpenAPI 3.1 document to openapi.json at the repository root, from the built
// API (apps/api/dist) on stub dependencies: no database and no Temporal needed; and the problem types table of
// docs/api-conventions.md, from apps/api/src/common/problem/problem-types.ts.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateOpenApiDocument, withProblemTable } from '@closeloop/api';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const target = path.join(root, 'openapi.json');
writeFileSync(target, await generateOpenApiDocument());
console.log(`wrote ${path.relative(process.cwd(), target) || target}`);

const conventions = path.join(root, 'docs/api-conventions.md');
writeFileSync(conventions, withProblemTable(readFileSync(conventions, 'utf8')));
console.log(`wrote the problem types table in ${path.relative(process.cwd(), conventions) || conventions}`);
