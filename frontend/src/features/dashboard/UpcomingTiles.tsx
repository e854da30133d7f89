import { useUpcomingFeatures } from '../../lib/upcoming';
import { Card } from '../../ui/Card';

/** The features this role gets next (see lib/upcoming.ts); nothing once all have shipped. */
export function UpcomingTiles() {
  const planned = useUpcomingFeatures();
  if (planned.length === 0) return null;
  return (
    <Card title="Coming to your portal" hint="These arrive with the next releases of PartnerHub.">
      <div className="upcoming">
        {planned.map((f) => {
          const Icon = f.icon;
          return (
            <div className="upcoming-item" key={f.id}>
              <span className="icon-bubble" aria-hidden="true">
                <Icon size={16} />
              </span>
              <div>
                <strong>{f.label}</strong>
                <span>{f.blurb}</span>
              </div>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
