import { describeError, isTimeout, isUnavailable } from './oidc-outcomes';

const withCause = (message: string, cause: unknown, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(message, { cause }), fields);

describe('OIDC failures', () => {
  const refused = Object.assign(new Error('server responded with an error in the response body'), {
    name: 'ResponseBodyError',
    code: 'OAUTH_RESPONSE_BODY_ERROR',
    error: 'invalid_grant',
    error_description: 'grant request is invalid',
    status: 400,
  });
  const connectionRefused = withCause(
    'something went wrong',
    new TypeError('fetch failed', { cause: withCause('connect ECONNREFUSED 127.0.0.1:9', undefined, { code: 'ECONNREFUSED' }) }),
  );
  const timedOut = withCause(
    'operation timed out',
    Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
    {
      code: 'OAUTH_TIMEOUT',
    },
  );
  const serverError = withCause('unexpected HTTP response status code', { status: 502 }, { code: 'OAUTH_RESPONSE_IS_NOT_CONFORM' });
  const notFound = withCause('unexpected HTTP response status code', { status: 404 }, { code: 'OAUTH_RESPONSE_IS_NOT_CONFORM' });

  it('tell a provider out of reach from one that said no', () => {
    expect([connectionRefused, timedOut, serverError].map(isUnavailable)).toEqual([true, true, true]);
    expect([refused, notFound, new Error('unexpected JWT claim value encountered'), undefined].map(isUnavailable)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([timedOut, connectionRefused].map(isTimeout)).toEqual([true, false]);
  });

  it('are described with their OAuth error and causes, for the log', () => {
    expect(describeError(refused)).toBe(
      'server responded with an error in the response body: invalid_grant: grant request is invalid [OAUTH_RESPONSE_BODY_ERROR 400]',
    );
    expect(describeError(connectionRefused)).toBe('something went wrong ← fetch failed ← connect ECONNREFUSED 127.0.0.1:9 [ECONNREFUSED]');
    expect(describeError(serverError)).toBe('unexpected HTTP response status code [OAUTH_RESPONSE_IS_NOT_CONFORM] ← [502]');
    expect(describeError('plain')).toBe('plain');
  });
});
