import { groupBy, pathTemplateMatcher } from './path-templates';

describe('pathTemplateMatcher', () => {
  const templateOf = pathTemplateMatcher([
    '/v1/plans',
    '/v1/plans/{id}',
    '/v1/plans/{id}/cockpit',
    '/v1/inbox/{id}/read',
    '/v1/inbox/unread-counts',
    '/v1/inbox/{id}',
    '/v1/session',
  ]);

  it('names a request by the template of its path, without its query', () => {
    expect(templateOf('/v1/plans/NM-2026-001/cockpit')).toBe('/v1/plans/{id}/cockpit');
    expect(templateOf('/v1/plans?limit=100')).toBe('/v1/plans');
    expect(templateOf('/v1/plans/NM-2026-001')).toBe('/v1/plans/{id}');
    expect(templateOf('/v1/session')).toBe('/v1/session');
  });

  it('prefers the template with more literal segments', () => {
    expect(templateOf('/v1/inbox/unread-counts?items=a,b')).toBe('/v1/inbox/unread-counts');
    expect(templateOf('/v1/inbox/0b6f/read')).toBe('/v1/inbox/{id}/read');
    expect(templateOf('/v1/inbox/0b6f')).toBe('/v1/inbox/{id}');
  });

  it('keeps a path no template matches, and a parameter never spans segments', () => {
    expect(templateOf('/v1/plans/a/b/cockpit')).toBe('/v1/plans/a/b/cockpit');
    expect(templateOf('/assets/index.js')).toBe('/assets/index.js');
  });
});

describe('groupBy', () => {
  it('groups in order of first appearance', () => {
    const groups = groupBy(['b1', 'a1', 'b2'], (s) => s[0]);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')).toEqual(['b1', 'b2']);
  });
});
