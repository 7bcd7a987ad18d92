import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, setCsrfToken, whenUnauthorized } from '../api/client';
import { type Session, sessionApi } from '../api/session-api';

interface SessionState {
  /** undefined while asking the API; null when signed out. */
  session: Session | null | undefined;
  /** After signing in or accepting an invitation: the session the API answered with. */
  signedIn(session: Session): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);
export const SESSION_KEY = ['session'] as const;

/** The signed-in person, asked of the API once (GET /v1/session: a 401 means signed out). */
async function currentSession(): Promise<Session | null> {
  try {
    return await sessionApi.current();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: session, error } = useQuery({ queryKey: SESSION_KEY, queryFn: currentSession, staleTime: Infinity, retry: 1 });
  if (error) throw error;

  setCsrfToken(session?.csrfToken);

  const signedOut = useCallback(
    (next?: string) => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
      void navigate(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in', { replace: true });
    },
    [queryClient, navigate],
  );

  // A 401 on any later call: the session expired or was revoked (signed out everywhere, person disabled).
  useEffect(() => {
    whenUnauthorized(() => signedOut(location.pathname + location.search));
    return () => whenUnauthorized(undefined);
  }, [signedOut, location.pathname, location.search]);

  const state = useMemo<SessionState>(
    () => ({
      session,
      signedIn: (next) => {
        setCsrfToken(next.csrfToken);
        queryClient.setQueryData(SESSION_KEY, next);
      },
      signOut: async () => {
        try {
          await sessionApi.signOut();
        } finally {
          signedOut();
        }
      },
    }),
    [session, queryClient, signedOut],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in session, inside the routes that require one. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn outside a signed-in route');
  return session;
}
