import { progressStyle } from './lib';

export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      style={{ background: 'var(--border, #e5e7eb)', borderRadius: 999, height: 8, overflow: 'hidden' }}
    >
      <div style={{ ...progressStyle(percent), background: 'var(--brand, #4f46e5)', height: '100%' }} />
    </div>
  );
}
