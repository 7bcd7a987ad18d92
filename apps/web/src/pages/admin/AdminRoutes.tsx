import { App } from 'antd';
import { Suspense, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from '../../ui/Loading';
import RefusedPage from '../RefusedPage';

// Each screen of 方案管理 is its own chunk.
const PlansPage = lazy(() => import('./plans/PlansPage'));
const PlanPage = lazy(() => import('./plans/PlanPage'));
const UnitsPage = lazy(() => import('./units/UnitsPage'));
const KeysPage = lazy(() => import('./keys/KeysPage'));
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));
const PeoplePage = lazy(() => import('./people/PeoplePage'));

/** /admin/*: the plan office's screens (the role check is the shell's: only an admin gets here). */
export default function AdminRoutes() {
  // antd's App: the messages and confirmations these screens show, loaded with them only.
  return (
    <App component={false}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<Navigate to="plans" replace />} />
          <Route path="plans" element={<PlansPage />} />
          <Route path="plans/:id/*" element={<PlanPage />} />
          <Route path="units" element={<UnitsPage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="keys" element={<KeysPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="*" element={<RefusedPage />} />
        </Routes>
      </Suspense>
    </App>
  );
}
