import { Suspense, lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AppShell } from '../layout/AppShell';
import { homeOf, mayOpen } from '../session/roles';
import { useSession } from '../session/session';
import { Loading } from '../ui/Loading';

// Each screen is its own chunk, loaded when first opened.
const SignInPage = lazy(() => import('../pages/sign-in/SignInPage'));
const InvitationPage = lazy(() => import('../pages/sign-in/InvitationPage'));
const TodoPage = lazy(() => import('../pages/todo/TodoPage'));
const ItemPage = lazy(() => import('../pages/item/ItemPage'));
const InboxPage = lazy(() => import('../pages/inbox/InboxPage'));
const ReviewPage = lazy(() => import('../pages/review/ReviewPage'));
const CockpitPage = lazy(() => import('../pages/cockpit/CockpitPage'));
const CockpitItemsPage = lazy(() => import('../pages/cockpit/CockpitItemsPage'));
const AdminRoutes = lazy(() => import('../pages/admin/AdminRoutes'));
const RefusedPage = lazy(() => import('../pages/RefusedPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/" element={<Home />} />
        <Route path="/todo" element={<SignedIn screen="/todo" page={<TodoPage />} />} />
        <Route path="/items/:id" element={<SignedIn page={<ItemPage />} />} />
        <Route path="/inbox" element={<SignedIn screen="/inbox" page={<InboxPage />} />} />
        <Route path="/review" element={<SignedIn screen="/review" page={<ReviewPage />} />} />
        <Route path="/cockpit" element={<SignedIn screen="/cockpit" page={<CockpitPage />} />} />
        <Route path="/cockpit/items" element={<SignedIn screen="/cockpit" page={<CockpitItemsPage />} />} />
        <Route path="/admin/*" element={<SignedIn screen="/admin" page={<AdminRoutes />} />} />
        <Route path="*" element={<SignedIn page={<RefusedPage />} />} />
      </Routes>
    </Suspense>
  );
}

/** `/`: the signed-in person's first screen. */
function Home() {
  const { session } = useSession();
  if (session === undefined) return <Loading />;
  return <Navigate to={session ? homeOf(session.person.role) : '/sign-in'} replace />;
}

/** A screen that needs a session (else to /sign-in, back here afterwards) and, for a menu screen, the role for it. */
function SignedIn({ page, screen }: { page: React.ReactNode; screen?: string }) {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) return <Loading />;
  if (session === null) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <AppShell>
      <Suspense fallback={<Loading />}>{screen && !mayOpen(session.person.role, screen) ? <RefusedPage /> : page}</Suspense>
    </AppShell>
  );
}
