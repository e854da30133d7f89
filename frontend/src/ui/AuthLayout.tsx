import type { ReactNode } from 'react';
import { Award, BookOpen, Briefcase } from 'lucide-react';
import { Brand } from './Logo';

/** The two-column frame of the pages people see before they are signed in. */
export function AuthLayout({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="auth">
      <aside className="auth-aside">
        <div className="brand">
          <Brand />
        </div>
        <div className="auth-pitch">
          <h1>Grow together with your vendor.</h1>
          <p>One place for your partnership: register deals and keep them protected, climb the tier ladder, and get the content and funds to win.</p>
          <ul className="auth-points">
            <li>
              <span className="icon-bubble" aria-hidden="true">
                <Briefcase size={16} />
              </span>
              <div>
                <strong>Deal registration that protects you</strong>
                <span>First to register wins, with clear rules of engagement.</span>
              </div>
            </li>
            <li>
              <span className="icon-bubble" aria-hidden="true">
                <Award size={16} />
              </span>
              <div>
                <strong>See your tier and the way up</strong>
                <span>Benefits you hold today and what unlocks the next level.</span>
              </div>
            </li>
            <li>
              <span className="icon-bubble" aria-hidden="true">
                <BookOpen size={16} />
              </span>
              <div>
                <strong>Enablement and marketing funds</strong>
                <span>Playbooks, decks and MDF for campaigns that land.</span>
              </div>
            </li>
          </ul>
        </div>
        <div className="auth-foot">PartnerHub · open-source partner relationship management</div>
      </aside>
      <main className="auth-main" id="main">
        <div className={wide ? 'auth-card wide' : 'auth-card'}>{children}</div>
      </main>
    </div>
  );
}
