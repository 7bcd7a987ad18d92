import { readChaosSettings, readStackSettings } from './harness';
import { readConfig } from './index';

describe('harness settings', () => {
  it('gives each target its own default ports under the same names', () => {
    expect(readStackSettings('up', {}).ports).toEqual({ postgres: 55432, temporal: 7233, temporalUi: 8233, api: 3000 });
    expect(readStackSettings('chaos', {}).ports).toEqual({ postgres: 55650, temporal: 7450, temporalUi: undefined, api: 3450 });
    const env = { CLOSELOOP_PG_PORT: '60433', CLOSELOOP_TEMPORAL_PORT: '7744', PORT: '3999' };
    for (const target of ['up', 'test', 'fuzz', 'chaos', 'bench'] as const) {
      expect(readStackSettings(target, env).ports).toMatchObject({ postgres: 60433, temporal: 7744, api: 3999 });
    }
  });

  it('refuses a value that is not what the name means', () => {
    expect(() => readStackSettings('test', { CLOSELOOP_PG_PORT: 'x' })).toThrow('CLOSELOOP_PG_PORT=x is not a port');
    expect(() => readChaosSettings({ CHAOS_LANES: '0' })).toThrow('CHAOS_LANES=0 is not a whole number ≥ 1');
    expect(() => readConfig({})).toThrow('DATABASE_URL must be set');
  });

  it('runs the short chaos run with smaller defaults, unless told otherwise', () => {
    expect(readChaosSettings({}, 'short')).toMatchObject({ seconds: 45, lanes: 3, quietItems: 8 });
    expect(readChaosSettings({ CHAOS_SECONDS: '20' }, 'short').seconds).toBe(20);
    expect(readChaosSettings({}).seconds).toBe(180);
  });
});
