import { passwordProblem } from './password-rules';

describe('password rules', () => {
  it('takes ten characters or more that are not the login', () => {
    expect(passwordProblem('abcdefghij', 'bumen')).toBeUndefined();
    expect(passwordProblem('呼和浩特市水务局整改', 'bumen')).toBeUndefined();
  });

  it('refuses fewer than ten characters, counting characters rather than UTF-16 units', () => {
    expect(passwordProblem('abcdefghi', 'bumen')).toBe('password must be at least 10 characters');
    expect(passwordProblem('😀😀😀😀😀', 'bumen')).toBe('password must be at least 10 characters');
    expect(passwordProblem('', 'bumen')).toBe('password must be at least 10 characters');
  });

  it('refuses the login itself, whatever its case and surrounding spaces', () => {
    expect(passwordProblem('zhangsan.hhht', 'zhangsan.hhht')).toBe('password must not be the login');
    expect(passwordProblem(' ZhangSan.HHHT ', 'zhangsan.hhht')).toBe('password must not be the login');
  });
});
