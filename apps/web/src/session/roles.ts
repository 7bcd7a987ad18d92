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
  admin: [{ path: '/admin', label: '方案管理' }, inbox],
};

export const homeOf = (role: Role): string => menuOf[role][0].path;

/** Whether a role may open a screen of the menu (item pages are open to all: the API decides what each sees). */
export const mayOpen = (role: Role, path: string): boolean => menuOf[role].some((entry) => entry.path === path);
