import { demoPeople, loadDemoPeople, loadDemoPlan } from '@closeloop/stack';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signIn } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';

/** `make up`'s demo people: one per role of the demo plan, made through the invitation flow, safe to run again. */
describe('the demo people of make up', () => {
  // Loading the demo plan files dozens of items through their workflows: minutes on a loaded 2-core machine.
  jest.setTimeout(180_000);
  let stack: RunningStack;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    stack = await startStack();
    await loadDemoPlan(stack.baseUrl, stack.adminKey);
    dir = mkdtempSync(path.join(tmpdir(), 'demo-people-'));
    file = path.join(dir, 'demo-people');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await stack?.stop();
  });

  it('makes bumen, jiandu, lingdao and fangan with generated passwords they sign in with, kept in a private file', async () => {
    const loaded = await loadDemoPeople(stack.baseUrl, stack.adminKey, file);
    expect(loaded.existing).toEqual([]);
    expect(loaded.created.map((p) => [p.login, p.name, p.role, p.unitIds])).toEqual([
      ['bumen', '王立新', 'unit', ['hhht-water']],
      ['jiandu', '李海燕', 'supervisor', ['hhht-eco']],
      ['lingdao', '张建国', 'leader', ['hhht']],
      ['fangan', '赵敏', 'admin', ['hhht']],
    ]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const person of loaded.created) {
      expect(person.password.length).toBeGreaterThanOrEqual(10);
      expect(readFileSync(file, 'utf8')).toContain(`${person.login} ${person.password}\n`);
      expect((await signIn(stack.baseUrl, person.login, person.password)).person).toMatchObject({ name: person.name, role: person.role });
    }
    // The department sees the water bureau's items of the demo plan, the leader every item of the city.
    const bumen = await signIn(stack.baseUrl, 'bumen', loaded.created[0].password);
    const leader = await signIn(stack.baseUrl, 'lingdao', loaded.created[2].password);
    const water = (await bumen.as.GET('/v1/items')).data!.items;
    expect(water.length).toBeGreaterThan(0);
    expect(water.every((item) => item.responsibleUnitId === 'hhht-water')).toBe(true);
    expect((await leader.as.GET('/v1/items')).data!.items.length).toBeGreaterThan(water.length);
  });

  it('finds them there when run again: no new people, no passwords shown, the old ones still work', async () => {
    const before = readFileSync(file, 'utf8');
    const again = await loadDemoPeople(stack.baseUrl, stack.adminKey, file);
    expect(again.created).toEqual([]);
    expect(again.existing.map((p) => p.login)).toEqual(demoPeople.map((p) => p.login));
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('gives a person whose password the file lost a new one, through a new invitation', async () => {
    const kept = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('jiandu '));
    writeFileSync(file, kept.join('\n'));
    const again = await loadDemoPeople(stack.baseUrl, stack.adminKey, file);
    expect(again.created.map((p) => p.login)).toEqual(['jiandu']);
    expect((await signIn(stack.baseUrl, 'jiandu', again.created[0].password)).person.login).toBe('jiandu');
    expect(readFileSync(file, 'utf8')).toContain(`jiandu ${again.created[0].password}\n`);
  });
});
