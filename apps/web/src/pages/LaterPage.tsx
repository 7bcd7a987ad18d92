import { Later } from '../ui/states';

/** The screens of the other roles, built in the next steps of issue 14. */
export default function LaterPage({ title }: { title: string }) {
  return <Later title={title} />;
}
