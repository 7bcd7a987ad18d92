export const MIN_PASSWORD_LENGTH = 10;

/** What is wrong with a new password (the field error on `password`), or undefined when it may be set. */
export function passwordProblem(password: string, login: string): string | undefined {
  // Characters, not UTF-16 units: 十个汉字 count as what they are.
  if ([...password].length < MIN_PASSWORD_LENGTH) return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.trim().toLowerCase() === login.trim().toLowerCase()) return 'password must not be the login';
  return undefined;
}
