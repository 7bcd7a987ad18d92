import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type Json = Record<string, any>;

/** One exchange seen on the wire. */
export interface Exchange {
  method: string;
  url: URL;
  requestType?: string;
  requestBody?: unknown;
  status: number;
  responseType: string;
  responseBody?: unknown;
}

/**
 * Checks real traffic against the OpenAPI document: every accepted request (2xx) must be valid against the
 * document's parameters and request body (a pattern narrower than the API would reject it), every JSON
 * response against the schema of its status.
 */
export class OpenApiConformance {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly routes: Array<{ template: string; pattern: RegExp; params: number }>;

  constructor(private readonly doc: Json) {
    addFormats(this.ajv, ['date', 'date-time', 'uri', 'uri-reference', 'uuid', 'email']);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(doc, 'openapi');
    this.routes = Object.keys(doc.paths)
      .map((template) => ({
        template,
        params: (template.match(/\{/g) ?? []).length,
        pattern: new RegExp(
          `^${template
            .split(/(\{[^}]+\})/)
            .map((p) => (p.startsWith('{') ? '[^/]+' : p.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
            .join('')}$`,
        ),
      }))
      .sort((a, b) => a.params - b.params);
  }

  /** `METHOD /template` of an exchange, or undefined for a path the document does not have. */
  operationOf(exchange: Exchange): { template: string; method: string } | undefined {
    const route = this.routes.find(
      (r) => r.pattern.test(exchange.url.pathname) && this.doc.paths[r.template][exchange.method.toLowerCase()],
    );
    return route && { template: route.template, method: exchange.method.toLowerCase() };
  }

  /** What is wrong with the exchange against the document (empty: conforms). */
  check(exchange: Exchange): string[] {
    const op = this.operationOf(exchange);
    if (!op) return [`${exchange.method} ${exchange.url.pathname}: no operation in the document`];
    const pointer = `openapi#/paths/${escape(op.template)}/${op.method}`;
    const operation = this.doc.paths[op.template][op.method];
    const name = `${exchange.method} ${op.template} → ${exchange.status}`;
    const problems: string[] = [];
    if (exchange.status < 300) {
      for (const [index, parameter] of (operation.parameters ?? []).entries()) {
        if (parameter.in !== 'query') continue;
        const value = exchange.url.searchParams.get(parameter.name);
        if (value === null) continue;
        const errors = this.validate(`${pointer}/parameters/${index}/schema`, coerce(value, parameter.schema));
        if (errors) problems.push(`${name}: query ${parameter.name}=${value} ${errors}`);
      }
      const mediaType = exchange.requestType?.split(';')[0].trim();
      if (mediaType === 'application/json' && exchange.requestBody !== undefined) {
        const errors = this.validate(`${pointer}/requestBody/content/${escape(mediaType)}/schema`, exchange.requestBody);
        if (errors) problems.push(`${name}: request body ${errors} in ${JSON.stringify(exchange.requestBody).slice(0, 300)}`);
      }
    }
    const declared = operation.responses[String(exchange.status)];
    if (!declared) return [...problems, `${name}: status not declared`];
    const responseType = exchange.responseType.split(';')[0].trim();
    const resolved = declared.$ref ? this.resolve(declared.$ref) : declared;
    const content = resolved.content;
    if (content && !content[responseType]) problems.push(`${name}: ${responseType} not declared (${Object.keys(content).join(', ')})`);
    if (content?.[responseType]?.schema && exchange.responseBody !== undefined) {
      const base = declared.$ref ? `openapi${declared.$ref}` : `${pointer}/responses/${exchange.status}`;
      const errors = this.validate(`${base}/content/${escape(responseType)}/schema`, exchange.responseBody);
      if (errors) problems.push(`${name}: response ${errors}`);
    }
    return problems;
  }

  private resolve(ref: string): Json {
    return ref
      .slice(2)
      .split('/')
      .reduce((node: Json, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
  }

  private validate(ref: string, value: unknown): string | undefined {
    const validate = this.ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema at ${ref}`);
    if (validate(value)) return undefined;
    return this.ajv.errorsText(validate.errors, { dataVar: '' });
  }
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** A query string value as the schema's type would read it. */
function coerce(value: string, schema: Json): unknown {
  const types = [schema?.type].flat();
  if ((types.includes('integer') || types.includes('number')) && value !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Records every exchange `fetch` makes with the API at `baseUrl` (JSON bodies parsed). */
export function recordExchanges(baseUrl: string, into: Exchange[]): () => void {
  const original = globalThis.fetch;
  // The generated client sends a Request (method, headers and body inside it); plain fetch calls pass them in init.
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!url.href.startsWith(baseUrl)) return original(request);
    const requestType = request.headers.get('content-type') ?? undefined;
    const requestText = request.body && /json/.test(requestType ?? '') ? await request.clone().text() : undefined;
    const response = await original(request);
    const responseType = response.headers.get('content-type') ?? '';
    const text = /json/.test(responseType) ? await response.clone().text() : '';
    into.push({
      method: request.method.toUpperCase(),
      url,
      requestType,
      requestBody: requestText ? safeParse(requestText) : undefined,
      status: response.status,
      responseType,
      responseBody: text ? safeParse(text) : undefined,
    });
    return response;
  };
  return () => {
    globalThis.fetch = original;
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
