import { useState } from 'react';
import { LearningTrackJobFunction } from '../../../gql/graphql';
import { humanize } from '../../../lib/format';
import { useGqlMutation } from '../../../lib/query';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { ErrorAlert } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { CreateTrackMutation, UpdateTrackMutation } from '../api/authoring';
import { moved, RowControls, without } from './list';

export interface TrackNode {
  id: string;
  name: string;
  description: string;
  jobFunction: LearningTrackJobFunction;
  courses: { id: string; title: string }[];
}

/** Creates or edits a track: ordered courses for one job function. */
export function TrackDialog({ track, courses, onClose }: { track?: TrackNode; courses: { id: string; title: string }[]; onClose: () => void }) {
  const toast = useToast();
  const create = useGqlMutation(CreateTrackMutation);
  const update = useGqlMutation(UpdateTrackMutation);
  const m = track ? update : create;
  const [name, setName] = useState(track?.name ?? '');
  const [description, setDescription] = useState(track?.description ?? '');
  const [jobFunction, setJobFunction] = useState(track?.jobFunction ?? LearningTrackJobFunction.Sales);
  const [chosen, setChosen] = useState<string[]>(track?.courses.map((c) => c.id) ?? []);
  const [adding, setAdding] = useState('');
  const [checked, setChecked] = useState(false);
  const title = (id: string) => courses.find((c) => c.id === id)?.title ?? id;
  const nameError = !name.trim() ? 'Give the track a name.' : undefined;
  const coursesError = chosen.length === 0 ? 'Add at least one course.' : undefined;

  function submit() {
    setChecked(true);
    if (nameError || coursesError) return;
    const fields = { name: name.trim(), description, jobFunction, courseIds: chosen };
    const done = (n: string) => {
      toast(`${n} saved`);
      onClose();
    };
    if (track) update.mutate({ input: { id: track.id, ...fields } }, { onSuccess: (d) => done(d.updateLearningTrack.track.name) });
    else create.mutate({ input: fields }, { onSuccess: (d) => done(d.createLearningTrack.track.name) });
  }

  const available = courses.filter((c) => !chosen.includes(c.id));
  return (
    <Dialog
      open
      onClose={onClose}
      title={track ? `Edit ${track.name}` : 'New track'}
      description="People of the job function see the track first in their learning; progress on its courses is kept across edits."
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            {track ? 'Save track' : 'Create track'}
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {m.error && <ErrorAlert error={m.error} />}
        <div className="form-grid">
          <TextField label="Track name" required value={name} onChange={(e) => setName(e.target.value)} error={checked ? nameError : undefined} />
          <SelectField label="Job function" value={jobFunction} onChange={(e) => setJobFunction(e.target.value as LearningTrackJobFunction)}>
            {Object.values(LearningTrackJobFunction).map((j) => (
              <option key={j} value={j}>
                {humanize(j)}
              </option>
            ))}
          </SelectField>
          <TextAreaField className="full" label="Description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <fieldset className="stack" style={{ gap: 8 }}>
          <legend>Courses, in order</legend>
          {checked && coursesError && (
            <div className="error" role="alert">
              {coursesError}
            </div>
          )}
          <ol className="stack" style={{ gap: 4, paddingLeft: 20 }}>
            {chosen.map((id, i) => (
              <li key={id} data-testid="track-course">
                <div className="row" style={{ justifyContent: 'space-between' }}>
                  <span>{title(id)}</span>
                  <RowControls what={title(id)} i={i} n={chosen.length} onMove={(d) => setChosen((xs) => moved(xs, i, d))} onRemove={() => setChosen((xs) => without(xs, i))} />
                </div>
              </li>
            ))}
          </ol>
          <div className="row" style={{ gap: 8, alignItems: 'flex-end' }}>
            <SelectField label="Course to add" value={adding} onChange={(e) => setAdding(e.target.value)} style={{ minWidth: 200 }}>
              <option value="">Choose a course</option>
              {available.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </SelectField>
            <Button
              disabled={!adding}
              onClick={() => {
                setChosen((xs) => [...xs, adding]);
                setAdding('');
              }}
            >
              Add course
            </Button>
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}
