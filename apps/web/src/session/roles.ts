import type { Role } from '../api/session-api';

/** A screen in the left menu. */
export interface MenuEntry {
  path: string;
  label: string;
}

const inbox: MenuEntry = { path: '/inbox', label: '消息' };

/** What each role may use, in menu order; its first entry is where it lands after signing in. */
export const menuOf: Record<Role, MenuEntry[]> = {
  unit: [{ path: '/todo', label: '我的待办' }, inbox],
  supervisor: [{ path: '/review', label: '待审核' }, inbox],
  leader: [{ path: '/cockpit', label: '领导驾驶舱' }, inbox],
  // 方案管理: its screens each in the menu.
  admin: [
    { path: '/admin/plans', label: '整改方案' },
    { path: '/admin/units', label: '单位' },
    { path: '/admin/people', label: '人员' },
    { path: '/admin/keys', label: 'API 密钥' },
    { path: '/admin/calendar', label: '工作日历' },
    inbox,
  ],
};

export const homeOf = (role: Role): string => menuOf[role][0].path;

/** Whether a role may open a screen of the menu, or a section holding some (item pages are open to all: the API decides what each sees). */
export const mayOpen = (role: Role, path: string): boolean =>
  menuOf[role].some((entry) => entry.path === path || entry.path.startsWith(`${path}/`));
