import { Grid } from 'antd';

/** Narrower than antd's `md` breakpoint (768 px): cards instead of tables, the menu in a drawer. */
export const usePhone = (): boolean => !Grid.useBreakpoint().md;
