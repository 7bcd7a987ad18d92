// Writes (or, with --check, compares) libs/api-client/src/schema.ts: the types openapi-typescript makes of the
// committed openapi.json. `make openapi` runs it after writing the document; the client's spec runs --check.
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const documentPath = path.resolve(here, '../../../openapi.json');
const schemaPath = path.resolve(here, '../src/schema.ts');

const header = '// Generated from openapi.json by openapi-typescript (make openapi). Do not edit.\n\n';
// defaultNonNullable: false — a request field with a default (CreateItemDto.kind, ChannelPreferenceDto.enabled) may be left
// out, as the document says; the generator's default would make it required.
const ast = await openapiTS(JSON.parse(readFileSync(documentPath, 'utf8')), { alphabetize: true, defaultNonNullable: false });
const generated = header + astToString(ast);

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(schemaPath, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== generated) {
    console.error('libs/api-client/src/schema.ts is stale: run make openapi');
    process.exit(1);
  }
} else {
  writeFileSync(schemaPath, generated);
  console.log(`wrote ${path.relative(process.cwd(), schemaPath)}`);
}
