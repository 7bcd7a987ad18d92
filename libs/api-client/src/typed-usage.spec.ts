import { type Schemas, createKeyClient } from './index';

// Compiled by `make typecheck` (tsc over every spec): if the document stops typing the items list, the
// assignments and the @ts-expect-error lines below stop compiling.

const page: Schemas['ItemPage'] = { items: [], nextCursor: null };

/** A client whose fetch answers with `body` and records the request it was given. */
function clientAnswering(body: unknown) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { client: createKeyClient('http://127.0.0.1:3000', 'cl_test', { fetch }), requests };
}

describe('the generated client, typed by the document', () => {
  it('lists items with typed filters and gives back typed item views', async () => {
    const { client, requests } = clientAnswering(page);
    const { data, error } = await client.GET('/v1/items', { params: { query: { status: 'in_progress', light: 'red', limit: 50 } } });

    expect(error).toBeUndefined();
    const views: Schemas['ItemView'][] = data!.items;
    const next: string | null = data!.nextCursor;
    expect({ views, next }).toEqual({ views: [], next: null });
    expect(requests[0].url).toBe('http://127.0.0.1:3000/v1/items?status=in_progress&light=red&limit=50');
    expect(requests[0].headers.get('authorization')).toBe('Bearer cl_test');
  });

  it('refuses, at compile time, what the API would refuse', () => {
    const { client } = clientAnswering(page);
    // @ts-expect-error 'done' is not an item status
    void client.GET('/v1/items', { params: { query: { status: 'done' } } });
    // @ts-expect-error an item's light is green, yellow or red
    const light: Schemas['ItemView']['light'] = 'blue';
    expect(light).toBe('blue');
  });
});
