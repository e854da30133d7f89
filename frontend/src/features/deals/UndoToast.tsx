// A decision's "Undo" for the 60 seconds the server allows it (docs/deal-lifecycle.md), as a toast
// with a countdown. The window starts when the decision was made, so the toast leaves a little
// early rather than offer an undo the server would refuse.
import { useEffect, useState } from 'react';
import { CheckCircle2, Undo2 } from 'lucide-react';

/** Seconds a decision can be undone for: UndoWindow in internal/deal/undo.go. */
export const UNDO_SECONDS = 60;

export interface UndoOffer {
  key: number;
  message: string;
  /** When the decision was made (ms since the epoch, the client's clock). */
  at: number;
  onUndo: () => Promise<void>;
}

export function UndoToast({ offer, onClose, now = Date.now }: { offer: UndoOffer | null; onClose: () => void; now?: () => number }) {
  const [left, setLeft] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    setBusy(false);
    setError('');
    if (!offer) return;
    const tick = () => {
      const s = Math.floor(UNDO_SECONDS - (now() - offer.at) / 1000);
      setLeft(s);
      if (s <= 0) onClose();
    };
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [offer, onClose, now]);
  if (!offer || left <= 0) return null;
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="undo-toast">
      <div className="toast toast-undo">
        <CheckCircle2 size={18} aria-hidden="true" />
        <span style={{ flex: 1 }}>
          {error || offer.message}
          {!error && <span className="toast-countdown"> · undo for {left} s</span>}
        </span>
        {!error && (
          <button
            type="button"
            className="btn btn-sm"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              offer.onUndo().then(onClose, (e: unknown) => {
                setBusy(false);
                setError(e instanceof Error ? e.message : 'The decision could not be undone.');
              });
            }}
          >
            <Undo2 size={14} aria-hidden="true" /> Undo
          </button>
        )}
      </div>
    </div>
  );
}
