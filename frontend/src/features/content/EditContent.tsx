import { useState, type FormEvent } from 'react';
import { ContentKind, PartnerType } from '../../gql/graphql';
import { useGqlMutation } from '../../lib/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ChipsField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { UpdateContentMutation } from './api/content';
import { editErrorsOf, editValuesOf, toUpdateInput, type EditableContent, type EditValues } from './editContent';
import { kindLabels, languageChoices, languageName } from './lib';

/** The vendor's edit form for an existing item: only what changed is sent to updateContent. */
export function EditContent({
  item,
  tiers,
  onDone,
}: {
  item: EditableContent;
  tiers: { id: string; name: string }[];
  onDone: (saved: boolean) => void;
}) {
  const [before] = useState(() => editValuesOf(item));
  const [v, setV] = useState<EditValues>(before);
  const update = useGqlMutation(UpdateContentMutation);
  const toast = useToast();
  const set = <K extends keyof EditValues>(k: K, value: EditValues[K]) => setV((old) => ({ ...old, [k]: value }));
  const errors = editErrorsOf(update.error);
  const languages = languageChoices.includes(v.language) ? languageChoices : [v.language, ...languageChoices];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { input: toUpdateInput(item.id, before, v) },
      {
        onSuccess: () => {
          toast(`Saved ${v.title}`);
          onDone(true);
        },
      },
    );
  };

  return (
    <Card title={`Edit ${item.title}`}>
      <form aria-label={`Edit ${item.title}`} className="form-grid" onSubmit={submit} noValidate>
        <TextField label="Title" required value={v.title} error={errors.byField.title} onChange={(e) => set('title', e.target.value)} />
        <SelectField label="Kind" value={v.kind} error={errors.byField.kind} onChange={(e) => set('kind', e.target.value as ContentKind)}>
          {Object.values(ContentKind).map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Minimum tier" value={v.minTierId} error={errors.byField.minTierId} onChange={(e) => set('minTierId', e.target.value)}>
          <option value="">Every tier</option>
          {tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Language" value={v.language} error={errors.byField.language} onChange={(e) => set('language', e.target.value)}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Review by"
          type="date"
          value={v.reviewBy}
          error={errors.byField.reviewBy}
          onChange={(e) => set('reviewBy', e.target.value)}
        />
        <TextField
          label="Link"
          type="url"
          hint="An http or https address, when the material lives elsewhere."
          value={v.externalUrl}
          error={errors.byField.externalUrl}
          onChange={(e) => set('externalUrl', e.target.value)}
        />
        <fieldset className="form-section">
          <legend>Partner types</legend>
          <p className="form-section-hint">None ticked: every type.</p>
          {Object.values(PartnerType).map((t) => (
            <label className="check" key={t}>
              <input
                type="checkbox"
                checked={v.partnerTypes.includes(t)}
                onChange={(e) => set('partnerTypes', e.target.checked ? [...v.partnerTypes, t] : v.partnerTypes.filter((x) => x !== t))}
              />
              <span>{t}</span>
            </label>
          ))}
          {errors.byField.partnerTypes && (
            <div className="error" role="alert">
              {errors.byField.partnerTypes}
            </div>
          )}
        </fieldset>
        <ChipsField label="Tags" hint="Enter or comma adds a tag." value={v.tags} error={errors.byField.tags} onChange={(tags) => set('tags', tags)} />
        <TextAreaField label="Summary" value={v.summary} error={errors.byField.summary} onChange={(e) => set('summary', e.target.value)} />
        <TextAreaField label="Body" hint="Markdown." value={v.body} error={errors.byField.body} onChange={(e) => set('body', e.target.value)} />
        {errors.general && <ErrorAlert error={update.error} />}
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={update.isPending}>
            Save changes
          </Button>
          <Button type="button" variant="ghost" onClick={() => onDone(false)}>
            Cancel
          </Button>
        </div>
      </form>
    </Card>
  );
}
