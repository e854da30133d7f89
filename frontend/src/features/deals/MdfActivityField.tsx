// "Sourced by an MDF activity": the partner's own approved or completed MDF requests, so a deal
// can name the funded activity that found it and the activity's return counts the deal.
import { nodes } from '../../lib/connection';
import { date, humanize } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { SelectField } from '../../ui/Field';
import { DealMdfActivitiesQuery } from './api/mdfActivity';

export function MdfActivityField({
  value,
  onChange,
  error,
  current,
  className,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string;
  /** The activity the deal names now, listed even if it is no longer approved. */
  current?: { id: string; title: string } | null;
  className?: string;
}) {
  const q = useGqlQuery(DealMdfActivitiesQuery, {});
  const activities = nodes(q.data?.mdfRequests);
  const listed = current && !activities.some((a) => a.id === current.id) ? [{ id: current.id, label: current.title }] : [];
  const hint = q.isError
    ? 'Your MDF activities could not be loaded; you can name one later while the registration waits for a decision.'
    : activities.length === 0 && !q.isPending
      ? 'None of your MDF requests is approved yet. Naming one is optional.'
      : 'Optional: the approved MDF activity that found this opportunity. Its return on spend counts the deal.';
  return (
    <SelectField
      className={className}
      label="Sourced by an MDF activity"
      name="mdfRequestId"
      value={value}
      hint={hint}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">None</option>
      {listed.map((a) => (
        <option key={a.id} value={a.id}>
          {a.label}
        </option>
      ))}
      {activities.map((a) => (
        <option key={a.id} value={a.id}>
          {a.title} · {humanize(a.activityType)} · {date(a.startDate)}
        </option>
      ))}
    </SelectField>
  );
}
