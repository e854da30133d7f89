import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { Button } from '../../../ui/Button';

/** xs with the item at i moved by delta (-1 up, +1 down), unchanged at the ends. */
export function moved<T>(xs: T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (j < 0 || j >= xs.length) return xs;
  const out = [...xs];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

export function without<T>(xs: T[], i: number): T[] {
  return xs.filter((_, k) => k !== i);
}

export function replaced<T>(xs: T[], i: number, x: T): T[] {
  return xs.map((y, k) => (k === i ? x : y));
}

/** Move up, move down and remove buttons for item i of n, named after what they move. */
export function RowControls({ what, i, n, onMove, onRemove }: { what: string; i: number; n: number; onMove: (delta: number) => void; onRemove: () => void }) {
  return (
    <div className="row" style={{ gap: 4 }}>
      <Button size="sm" variant="ghost" icon={<ArrowUp size={14} aria-hidden="true" />} aria-label={`Move ${what} up`} disabled={i === 0} onClick={() => onMove(-1)} />
      <Button size="sm" variant="ghost" icon={<ArrowDown size={14} aria-hidden="true" />} aria-label={`Move ${what} down`} disabled={i === n - 1} onClick={() => onMove(1)} />
      <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden="true" />} aria-label={`Remove ${what}`} onClick={onRemove} />
    </div>
  );
}
