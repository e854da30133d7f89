import { lazy, Suspense, useEffect, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { AppShell } from './AppShell';
import { LogoMark } from '../ui/Logo';
import { useSession } from '../lib/session';
import SignIn from '../features/auth/SignIn';
import NotFound from './NotFound';
import { features, featuresFor, isReady, publicPages } from './features';
import { UpcomingFeaturesContext } from '../lib/upcoming';

// One lazy component per page module, shared by every feature that routes to it.
const lazyCache = new Map<() => Promise<{ default: ComponentType }>, LazyExoticComponent<ComponentType>>();
function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  let c = lazyCache.get(load);
  if (!c) {
    c = lazy(load);
    lazyCache.set(load, c);
  }
  return c;
}
// Resolve the lazies up front so that every render sees the same component identity.
publicPages.forEach((p) => lazyPage(p.page));
for (const f of features) {
  if (f.page) lazyPage(f.page);
  f.routes?.forEach((r) => lazyPage(r.page));
}

function Boot() {
  return (
    <div className="boot" role="status" aria-live="polite">
      <span className="brand-mark" style={{ width: 44, height: 44, borderRadius: 12 }}>
        <LogoMark size={24} />
      </span>
      <span>Loading your portal…</span>
    </div>
  );
}

export interface FromState {
  from?: { pathname: string; search: string };
}

function publicRoutes() {
  return publicPages.map((p) => {
    const Page = lazyPage(p.page);
    return (
      <Route
        key={p.path}
        path={p.path}
        element={
          <Suspense fallback={<Boot />}>
            <Page />
          </Suspense>
        }
      />
    );
  });
}

function SignedOutRoutes({ keepPlace }: { keepPlace: boolean }) {
  const location = useLocation();
  // After an expired session, signing in again returns to where the person was; after signing
  // out on purpose, it starts afresh.
  const from = keepPlace && location.pathname !== '/' ? { pathname: location.pathname, search: location.search } : undefined;
  return (
    <Routes>
      <Route path="/signin" element={<SignIn />} />
      {publicRoutes()}
      <Route
        path="*"
        element={
          <Navigate
            to="/signin"
            replace
            state={{ from } satisfies FromState}
          />
        }
      />
    </Routes>
  );
}

function SignedInRoutes({ role }: { role: Parameters<typeof featuresFor>[0] }) {
  const location = useLocation();
  const from = (location.state as FromState | null)?.from;
  const mine = featuresFor(role).filter(isReady);
  const upcoming = useMemo(() => featuresFor(role).filter((f) => !isReady(f)), [role]);
  return (
    <UpcomingFeaturesContext.Provider value={upcoming}>
      <Routes>
        <Route path="/signin" element={<Navigate to={from ? from.pathname + from.search : '/'} replace />} />
        {publicRoutes()}
        <Route element={<AppShell />}>
          {mine.map((f) => {
            const Page = lazyPage(f.page!);
            return <Route key={f.id} path={f.path} element={<Page />} />;
          })}
          {mine.flatMap((f) =>
            (f.routes ?? []).map((r) => {
              const Page = lazyPage(r.page);
              return <Route key={`${f.id}:${r.path}`} path={r.path} element={<Page />} />;
            }),
          )}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </UpcomingFeaturesContext.Provider>
  );
}

export function App() {
  const state = useSession();
  const qc = useQueryClient();
  const signedIn = state.status === 'signedIn';

  // Nothing one user saw may linger for the next one.
  useEffect(() => {
    if (!signedIn) qc.clear();
  }, [signedIn, qc]);

  if (state.status === 'restoring') return <Boot />;
  if (state.status === 'signedOut') return <SignedOutRoutes keepPlace={state.reason !== 'signedOut'} />;
  return <SignedInRoutes key={state.viewer.id} role={state.viewer.role} />;
}
