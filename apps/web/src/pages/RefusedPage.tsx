import { Refused } from '../ui/states';

/** A path the app does not have, or a screen the role may not use: 无权访问或不存在. */
export default function RefusedPage() {
  return <Refused />;
}
