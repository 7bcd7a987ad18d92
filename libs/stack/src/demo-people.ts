// One person per role of the demo plan (scripts/demo-plan.json), made the real way through the REST API: the admin
// creates each one (POST /v1/people) and the person accepts the invitation with a generated password. Passwords are
// shown once and kept in a local file (like the admin key): a later `make up` finds the people there and says so.
import { createApiClient, createKeyClient } from '@closeloop/api-client';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface DemoPerson {
  login: string;
  name: string;
  role: 'unit' | 'supervisor' | 'leader' | 'admin';
  unitIds: string[];
  /** What the person does, for the printout. */
  as: string;
}

/** The water bureau leads two demo items that the ecology bureau supervises; the leader is over the city. */
export const demoPeople: readonly DemoPerson[] = [
  { login: 'bumen', name: '王立新', role: 'unit', unitIds: ['hhht-water'], as: '部门 · 呼和浩特市水务局' },
  { login: 'jiandu', name: '李海燕', role: 'supervisor', unitIds: ['hhht-eco'], as: '监督单位 · 呼和浩特市生态环境局' },
  { login: 'lingdao', name: '张建国', role: 'leader', unitIds: ['hhht'], as: '领导 · 呼和浩特市人民政府' },
  { login: 'fangan', name: '赵敏', role: 'admin', unitIds: ['hhht'], as: '方案管理 · 市整改办' },
];

export interface LoadedDemoPeople {
  /** Made now, with their passwords (shown this once). */
  created: Array<DemoPerson & { password: string }>;
  /** There before, their passwords in the file. */
  existing: DemoPerson[];
}

/** `login password` lines. */
function readPasswords(file: string): Map<string, string> {
  if (!existsSync(file)) return new Map();
  const lines = readFileSync(file, 'utf8').split('\n');
  return new Map(
    lines.map((line) => line.trim().split(/\s+/)).filter((parts): parts is [string, string] => parts.length >= 2 && parts[0] !== '#'),
  );
}

function writePasswords(file: string, passwords: Map<string, string>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = [...passwords].map(([login, password]) => `${login} ${password}`);
  writeFileSync(file, `# demo people: login password (make up)\n${lines.join('\n')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * Makes the demo people that are missing (their units must exist: load the demo plan first). A person who is there
 * but whose password the file does not have (the file was lost) gets a new invitation and a new password.
 */
export async function loadDemoPeople(baseUrl: string, adminKey: string, passwordFile: string): Promise<LoadedDemoPeople> {
  const admin = createKeyClient(baseUrl, adminKey);
  const anonymous = createApiClient({ baseUrl });
  const passwords = readPasswords(passwordFile);
  const loaded: LoadedDemoPeople = { created: [], existing: [] };

  const accept = async (person: DemoPerson, token: string) => {
    const password = randomBytes(9).toString('base64url');
    const { response, error } = await anonymous.POST('/v1/invitations/{token}/acceptance', {
      params: { path: { token } },
      body: { password },
    });
    if (response.status !== 200)
      throw new Error(`demo person ${person.login}: invitation refused: ${response.status} ${JSON.stringify(error)}`);
    passwords.set(person.login, password);
    loaded.created.push({ ...person, password });
  };

  for (const person of demoPeople) {
    const { login, name, role, unitIds } = person;
    const created = await admin.POST('/v1/people', { body: { login, name, role, unitIds } });
    if (created.response.status === 201) {
      await accept(person, created.data!.invitation.token);
    } else if (created.error?.type === '/problems/login-taken') {
      if (passwords.has(login)) loaded.existing.push(person);
      else await accept(person, await reinvite(admin, login));
    } else {
      throw new Error(`demo person ${login}: ${created.response.status} ${JSON.stringify(created.error)}`);
    }
  }
  writePasswords(passwordFile, passwords);
  return loaded;
}

/** A new invitation for the person with this login (found by paging through the people). */
async function reinvite(admin: ReturnType<typeof createKeyClient>, login: string): Promise<string> {
  let cursor: string | undefined;
  do {
    const page = await admin.GET('/v1/people', { params: { query: { limit: 500, ...(cursor ? { cursor } : {}) } } });
    const found = page.data?.items.find((p) => p.login === login);
    if (found) {
      const invited = await admin.POST('/v1/people/{id}/invitations', { params: { path: { id: found.id } } });
      if (invited.response.status !== 201)
        throw new Error(`demo person ${login}: ${invited.response.status} ${JSON.stringify(invited.error)}`);
      return invited.data!.token;
    }
    cursor = page.data?.nextCursor ?? undefined;
  } while (cursor);
  throw new Error(`demo person ${login}: the login is taken, but not by a person`);
}
