import { useState } from 'react';
import { CertificationValidity } from '../../../gql/graphql';
import { humanize } from '../../../lib/format';
import { useGqlMutation } from '../../../lib/query';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { ErrorAlert } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { CreateCertificationMutation, UpdateCertificationMutation } from '../api/authoring';

export interface CertificationNode {
  id: string;
  name: string;
  description: string;
  validity: CertificationValidity;
  tracks: { id: string; name: string }[];
}

/** Creates or edits a certification: the tracks it requires and how long an award is valid. */
export function CertificationDialog({ certification, tracks, onClose }: { certification?: CertificationNode; tracks: { id: string; name: string }[]; onClose: () => void }) {
  const toast = useToast();
  const create = useGqlMutation(CreateCertificationMutation);
  const update = useGqlMutation(UpdateCertificationMutation);
  const m = certification ? update : create;
  const [name, setName] = useState(certification?.name ?? '');
  const [description, setDescription] = useState(certification?.description ?? '');
  const [validity, setValidity] = useState(certification?.validity ?? CertificationValidity.TwoYears);
  const [required, setRequired] = useState<string[]>(certification?.tracks.map((t) => t.id) ?? []);
  const [checked, setChecked] = useState(false);
  const nameError = !name.trim() ? 'Give the certification a name.' : undefined;
  const tracksError = required.length === 0 ? 'Require at least one track.' : undefined;

  function submit() {
    setChecked(true);
    if (nameError || tracksError) return;
    const fields = { name: name.trim(), description, validity, trackIds: required };
    const done = (n: string) => {
      toast(`${n} saved`);
      onClose();
    };
    if (certification) update.mutate({ input: { id: certification.id, ...fields } }, { onSuccess: (d) => done(d.updateCertification.certification.name) });
    else create.mutate({ input: fields }, { onSuccess: (d) => done(d.createCertification.certification.name) });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={certification ? `Edit ${certification.name}` : 'New certification'}
      description="Issued when a person completes every required track. Awards already issued keep their dates when you edit it."
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            {certification ? 'Save certification' : 'Create certification'}
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {m.error && <ErrorAlert error={m.error} />}
        <div className="form-grid">
          <TextField label="Certification name" required value={name} onChange={(e) => setName(e.target.value)} error={checked ? nameError : undefined} />
          <SelectField label="Validity" value={validity} onChange={(e) => setValidity(e.target.value as CertificationValidity)}>
            {Object.values(CertificationValidity).map((v) => (
              <option key={v} value={v}>
                {humanize(v)}
              </option>
            ))}
          </SelectField>
          <TextAreaField className="full" label="Description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <fieldset className="stack" style={{ gap: 4 }}>
          <legend>Required tracks</legend>
          {checked && tracksError && (
            <div className="error" role="alert">
              {tracksError}
            </div>
          )}
          {tracks.map((t) => (
            <label key={t.id} className="row" style={{ gap: 8 }}>
              <input
                type="checkbox"
                checked={required.includes(t.id)}
                onChange={(e) => setRequired((xs) => (e.target.checked ? [...xs, t.id] : xs.filter((x) => x !== t.id)))}
              />
              {t.name}
            </label>
          ))}
        </fieldset>
      </div>
    </Dialog>
  );
}
