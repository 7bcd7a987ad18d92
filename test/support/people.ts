import type { RunningStack } from './running-stack';
import { sendUntyped } from './api';

export interface PersonLogin {
  login: string;
  password: string;
}

/**
 * A person who can sign in (issue 14's people contract): the admin creates them (POST /v1/people), and they accept
 * the one-time invitation with a password (POST /v1/invitations/{token}/acceptance). Sent with sendUntyped until
 * those operations are in the generated client (branch web-auth); then through it.
 */
export async function personWithPassword(
  stack: RunningStack,
  person: { name: string; login: string; role: 'unit' | 'supervisor' | 'leader' | 'admin'; unitIds: string[] },
  password = `${person.login}-口令-2026`,
): Promise<PersonLogin> {
  const created = await sendUntyped(stack.baseUrl, 'POST', '/v1/people', { key: stack.adminKey, body: JSON.stringify(person) });
  if (created.status !== 201) {
    throw new Error(`POST /v1/people → ${created.status} ${JSON.stringify(created.body)} (people's sign-in needs branch web-auth)`);
  }
  const token = (created.body as { invitation: { token: string } }).invitation.token;
  const accepted = await sendUntyped(stack.baseUrl, 'POST', `/v1/invitations/${token}/acceptance`, { body: JSON.stringify({ password }) });
  if (accepted.status !== 200) throw new Error(`accepting the invitation → ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { login: person.login, password };
}
