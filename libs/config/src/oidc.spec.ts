import { readOidcConfig } from './oidc';

const configured = {
  CLOSELOOP_OIDC_ISSUER_URL: 'https://sso.example.gov.cn/realms/city',
  CLOSELOOP_OIDC_CLIENT_ID: 'closeloop',
  CLOSELOOP_OIDC_CLIENT_SECRET: 's3cret',
  CLOSELOOP_OIDC_REDIRECT_URL: 'https://closeloop.example.gov.cn/v1/session/oidc/callback',
};

describe('OIDC settings', () => {
  it('are off without an issuer, and complete with one', () => {
    expect(readOidcConfig({})).toBeUndefined();
    expect(readOidcConfig(configured)).toEqual({
      issuerUrl: 'https://sso.example.gov.cn/realms/city',
      clientId: 'closeloop',
      clientSecret: 's3cret',
      redirectUrl: 'https://closeloop.example.gov.cn/v1/session/oidc/callback',
      label: '统一身份认证',
    });
    expect(readOidcConfig({ ...configured, CLOSELOOP_OIDC_CLIENT_SECRET: '', CLOSELOOP_OIDC_LABEL: '政务服务统一认证' })).toMatchObject({
      clientSecret: undefined,
      label: '政务服务统一认证',
    });
  });

  it('refuse half a configuration', () => {
    expect(() => readOidcConfig({ ...configured, CLOSELOOP_OIDC_CLIENT_ID: '' })).toThrow('CLOSELOOP_OIDC_CLIENT_ID must be set');
    expect(() => readOidcConfig({ ...configured, CLOSELOOP_OIDC_REDIRECT_URL: undefined })).toThrow(
      'CLOSELOOP_OIDC_REDIRECT_URL must be set',
    );
    expect(() => readOidcConfig({ CLOSELOOP_OIDC_CLIENT_ID: 'closeloop' })).toThrow(
      'CLOSELOOP_OIDC_CLIENT_ID set without CLOSELOOP_OIDC_ISSUER_URL',
    );
  });

  it('send the client secret over plain http only to this machine', () => {
    expect(readOidcConfig({ ...configured, CLOSELOOP_OIDC_ISSUER_URL: 'http://127.0.0.1:4000' })?.issuerUrl).toBe('http://127.0.0.1:4000');
    expect(readOidcConfig({ ...configured, CLOSELOOP_OIDC_ISSUER_URL: 'http://localhost:4000/oidc' })).toBeDefined();
    expect(() => readOidcConfig({ ...configured, CLOSELOOP_OIDC_ISSUER_URL: 'http://sso.example.gov.cn' })).toThrow('must be https');
    expect(() => readOidcConfig({ ...configured, CLOSELOOP_OIDC_ISSUER_URL: 'sso.example.gov.cn' })).toThrow('is not a URL');
  });
});
