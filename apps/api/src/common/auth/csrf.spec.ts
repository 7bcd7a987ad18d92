import type { Request } from 'express';
import { csrfAccepted } from './csrf';

const request = (method: string, token?: string) =>
  ({ method, header: (name: string) => (name === 'x-csrf-token' ? token : undefined) }) as unknown as Request;

describe('the CSRF check of cookie requests', () => {
  it('lets reads through without a token', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(csrfAccepted(request(method), 'secret')).toBe(true);
  });

  it("needs the session's token on every request that may change something", () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(csrfAccepted(request(method), 'secret')).toBe(false);
      expect(csrfAccepted(request(method, 'other!'), 'secret')).toBe(false);
      expect(csrfAccepted(request(method, 'secre'), 'secret')).toBe(false);
      expect(csrfAccepted(request(method, 'secret'), 'secret')).toBe(true);
    }
  });
});
