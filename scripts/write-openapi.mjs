// `make openapi`: writes the API's OpenAPI 3.1 document to openapi.json at the repository root, from the built
// API (apps/api/dist) on stub dependencies: no database and no Temporal needed.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateOpenApiDocument } from '@closeloop/api';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const target = path.join(root, 'openapi.json');
writeFileSync(target, await generateOpenApiDocument());
console.log(`wrote ${path.relative(process.cwd(), target) || target}`);
