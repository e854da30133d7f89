import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ChevronDown, Code2, KeyRound, LogOut, Menu, UserRound, X } from 'lucide-react';
import { featuresFor, isReady, sections, type Feature } from './features';
import { ChangePasswordDialog } from '../features/auth/ChangePasswordDialog';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { isVendor, usesApiPlayground } from '../lib/roles';
import { roleLabels } from '../lib/format';
import { session, useViewer } from '../lib/session';
import { TierBadge } from '../ui/Badge';
import { Avatar } from '../ui/Card';
import { PageLoading } from '../ui/States';
import { Brand } from '../ui/Logo';

function useIsNarrow(): boolean {
  const query = '(max-width: 900px)';
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(query).matches);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const on = () => setNarrow(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return Boolean(narrow);
}

function NavItem({ f, onNavigate }: { f: Feature; onNavigate: () => void }) {
  const Icon = f.icon;
  if (!isReady(f)) {
    return (
      <li>
        <span className="nav-link is-planned" aria-disabled="true" title={`${f.label}: coming soon. ${f.blurb}`}>
          <Icon size={17} aria-hidden="true" />
          {f.label}
          <span className="soon">Soon</span>
        </span>
      </li>
    );
  }
  return (
    <li>
      <NavLink to={f.path} end={f.path === '/'} className="nav-link" onClick={onNavigate}>
        <Icon size={17} aria-hidden="true" />
        {f.label}
      </NavLink>
    </li>
  );
}

function Sidebar({ onNavigate, inert }: { onNavigate: () => void; inert: boolean }) {
  const viewer = useViewer();
  const items = featuresFor(viewer.role).filter((f) => !f.hidden);
  const vendor = isVendor(viewer.role);
  return (
    <aside className="sidebar" id="sidebar" aria-label="Main navigation" inert={inert}>
      <Link to="/" className="brand" onClick={onNavigate}>
        <Brand />
      </Link>
      <div className="org-chip">
        <div className="org-name">{vendor ? 'Channel team' : viewer.partner?.name}</div>
        <div className="org-meta">
          {vendor ? roleLabels[viewer.role] : <TierBadge tier={viewer.partner?.tier} />}
        </div>
      </div>
      <nav aria-label="Portal">
        {sections.map((section) => {
          const list = items.filter((f) => f.section === section);
          if (list.length === 0) return null;
          const id = `nav-${section.toLowerCase()}`;
          return (
            <div className="nav-section" key={section}>
              <div className="nav-section-title" id={id}>
                {section}
              </div>
              <ul className="nav-list" aria-labelledby={id}>
                {list.map((f) => (
                  <NavItem key={f.id} f={f} onNavigate={onNavigate} />
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      {usesApiPlayground(viewer.role) && (
        <div className="sidebar-foot">
          <ul className="nav-list">
            <li>
              <a className="nav-link" href="/playground" target="_blank" rel="noopener">
                <Code2 size={17} aria-hidden="true" />
                API playground
              </a>
            </li>
          </ul>
        </div>
      )}
    </aside>
  );
}

function UserMenu() {
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    wrap.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const onMenuKey = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = Array.from(wrap.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'ArrowDown' ? (i + 1) % items.length : (i - 1 + items.length) % items.length;
    items[next]?.focus();
  };

  return (
    <div className="user-menu" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="user-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <Avatar name={viewer.name} />
        <span className="who">
          {viewer.name}
          <small>{roleLabels[viewer.role]}</small>
        </span>
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      {open && (
        <div className="menu" role="menu" id="user-menu" aria-label="Account" onKeyDown={onMenuKey}>
          <div className="menu-header">
            <strong>{viewer.name}</strong>
            <div className="muted" style={{ fontSize: '0.82rem' }}>
              {viewer.email}
            </div>
          </div>
          {viewer.partner && (
            <Link className="menu-item" role="menuitem" to="/profile" onClick={() => setOpen(false)}>
              <UserRound size={16} aria-hidden="true" />
              Company profile
            </Link>
          )}
          <button
            type="button"
            className="menu-item"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              setChanging(true);
            }}
          >
            <KeyRound size={16} aria-hidden="true" />
            Change password
          </button>
          <button type="button" className="menu-item" role="menuitem" onClick={() => void session.logout()}>
            <LogOut size={16} aria-hidden="true" />
            Sign out
          </button>
        </div>
      )}
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </div>
  );
}

export function AppShell() {
  const [navOpen, setNavOpen] = useState(false);
  const narrow = useIsNarrow();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After client-side navigation, move focus to the new page so keyboard and screen reader users
  // start at its content rather than in the old page's controls.
  useEffect(() => {
    setNavOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  useEffect(() => {
    if (!navOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setNavOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  return (
    <div className={navOpen ? 'shell nav-open' : 'shell'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar onNavigate={() => setNavOpen(false)} inert={narrow && !navOpen} />
      {navOpen && <div className="scrim" onClick={() => setNavOpen(false)} aria-hidden="true" />}
      <div className="main-col">
        <header className="topbar">
          <button
            type="button"
            className="btn btn-ghost btn-icon menu-toggle"
            aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
            aria-expanded={navOpen}
            aria-controls="sidebar"
            onClick={() => setNavOpen((o) => !o)}
          >
            {navOpen ? <X size={20} aria-hidden="true" /> : <Menu size={20} aria-hidden="true" />}
          </button>
          <div className="topbar-spacer" />
          <NotificationBell />
          <UserMenu />
        </header>
        <main id="main" className="content" tabIndex={-1} ref={main}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
