import { useState, type FormEvent } from 'react';
import { ApiError } from '../../lib/errors';
import { useGqlMutation } from '../../lib/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SelectField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { languageChoices, languageName } from '../content/lib';
import { UpdatePreferencesMutation } from './api/profile';

/** The signed-in person's own settings: the language the content library shows them first. */
export function Preferences({ preferredLanguage }: { preferredLanguage: string | null | undefined }) {
  const [language, setLanguage] = useState(preferredLanguage ?? '');
  const m = useGqlMutation(UpdatePreferencesMutation);
  const toast = useToast();
  const choices = preferredLanguage && !languageChoices.includes(preferredLanguage) ? [preferredLanguage, ...languageChoices] : languageChoices;
  const fieldError = m.error instanceof ApiError ? m.error.fieldError('preferredLanguage') : undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    m.mutate({ input: { preferredLanguage: language } }, { onSuccess: () => toast('Preferences saved') });
  }

  return (
    <Card title="Your preferences" hint="Only for you, not your organisation.">
      <form onSubmit={onSubmit} aria-label="Your preferences" className="stack" style={{ gap: 16 }}>
        {m.error && !fieldError && <ErrorAlert error={m.error} />}
        <SelectField
          label="Content language"
          hint="The content library shows you items in this language when a version exists, otherwise the original."
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          error={fieldError}
        >
          <option value="">No preference (originals)</option>
          {choices.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={m.isPending} disabled={language === (preferredLanguage ?? '')}>
            Save preferences
          </Button>
        </div>
      </form>
    </Card>
  );
}
