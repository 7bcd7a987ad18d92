import { safeNext } from './next-path';

describe('the page to go to after signing in', () => {
  it.each(['/todo', '/items/3f1c6a52-1d7e-4a3b-9c51-0a1b2c3d4e5f', '/todo?status=assigned&q=%E6%89%AC%E5%B0%98'])(
    'is %s, a path of the app',
    (path) => {
      expect(safeNext(path)).toBe(path);
    },
  );

  it.each([
    null,
    '',
    'todo',
    '//evil.example/x',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/sign-in',
    '/sign-in?next=/todo',
  ])('is nothing given %p: never another site, nor the sign-in page again', (path) => {
    expect(safeNext(path)).toBeUndefined();
  });
});
