import { readFilters, toQuery, writeFilters } from './todo-filters';

const cursor = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';

describe("我的待办's filters in the URL", () => {
  it('come back the same after a round trip through the URL, and ask the API for that page', () => {
    const params = new URLSearchParams({
      q: '扬尘',
      status: 'in_progress',
      light: 'red',
      overdue: '1',
      dueBefore: '2027-06-30',
      pages: cursor,
    });
    const filters = readFilters(params);
    expect(filters).toEqual({
      q: '扬尘',
      status: 'in_progress',
      light: 'red',
      overdue: true,
      dueBefore: '2027-06-30',
      trail: [cursor],
      unit: undefined,
    });
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(toQuery(filters)).toEqual({
      limit: 20,
      q: '扬尘',
      status: 'in_progress',
      light: 'red',
      overdue: true,
      dueBefore: '2027-06-30',
      cursor,
    });
  });

  it('leave out what the API would refuse (an edited URL): unknown status, bad date, bad cursor', () => {
    const filters = readFilters(
      new URLSearchParams({ status: 'done', light: 'blue', dueBefore: '30/06/2027', pages: 'x.y', overdue: 'yes' }),
    );
    expect(toQuery(filters)).toEqual({ limit: 20 });
  });

  it('ask for the first page when there is no trail', () => {
    expect(toQuery(readFilters(new URLSearchParams()))).toEqual({ limit: 20 });
  });
});
