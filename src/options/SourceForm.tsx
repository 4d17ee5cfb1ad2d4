import { useState } from 'preact/hooks';
import type { Source } from '../shared/settings.ts';
import {
  sourceFormFrom,
  validateSourceForm,
  type SourceFormErrors,
  type SourceFormInput,
} from '../shared/ui/source-form.ts';

/** Props of the form that adds or edits a source. */
export interface SourceFormProps {
  /** The source being edited, or undefined to add one. */
  editing?: Source;
  sources: Source[];
  onSave: (source: Source) => void;
  onCancel: () => void;
}

const blank: SourceFormInput = {
  name: '',
  domains: '',
  feeds: '',
  trust: 'neutral',
  enabled: true,
  factChecker: false,
};

/** Adds or edits a source; checks every field and saves nothing while one is wrong. */
export function SourceForm({ editing, sources, onSave, onCancel }: SourceFormProps) {
  const [input, setInput] = useState<SourceFormInput>(editing ? sourceFormFrom(editing) : blank);
  const [errors, setErrors] = useState<SourceFormErrors>({});
  const prefix = editing ? `edit-${editing.id}` : 'new-source';
  const set = (patch: Partial<SourceFormInput>) => setInput({ ...input, ...patch });
  const submit = (event: Event) => {
    event.preventDefault();
    const result = validateSourceForm(input, sources, editing);
    setErrors(result.errors);
    if (result.source) onSave(result.source);
    else {
      const first = (['name', 'domains', 'feeds', 'trust'] as const).find((f) => result.errors[f]);
      if (first) document.getElementById(`${prefix}-${first}`)?.focus();
    }
  };
  const described = (field: keyof SourceFormErrors) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${prefix}-${field}-error` } : {};
  const error = (field: keyof SourceFormErrors) =>
    errors[field] && (
      <p class="field-error" id={`${prefix}-${field}-error`} data-testid={`error-${field}`}>
        {errors[field]}
      </p>
    );
  return (
    <form
      class="source-form"
      onSubmit={submit}
      noValidate
      aria-label={editing ? `Edit ${editing.name}` : 'Add a source'}
    >
      <div class="field">
        <label for={`${prefix}-name`}>Name</label>
        <input
          id={`${prefix}-name`}
          type="text"
          value={input.name}
          maxLength={200}
          onInput={(e) => set({ name: e.currentTarget.value })}
          {...described('name')}
        />
        {error('name')}
      </div>
      <div class="field">
        <label for={`${prefix}-domains`}>Domains (one per line)</label>
        <textarea
          id={`${prefix}-domains`}
          rows={2}
          value={input.domains}
          onInput={(e) => set({ domains: e.currentTarget.value })}
          {...described('domains')}
        />
        {error('domains')}
      </div>
      <div class="field">
        <label for={`${prefix}-feeds`}>Feeds (RSS or Atom addresses, one per line; optional)</label>
        <textarea
          id={`${prefix}-feeds`}
          rows={2}
          value={input.feeds}
          onInput={(e) => set({ feeds: e.currentTarget.value })}
          {...described('feeds')}
        />
        {error('feeds')}
      </div>
      <div class="field">
        <label for={`${prefix}-trust`}>Trust</label>
        <select
          id={`${prefix}-trust`}
          value={input.trust}
          onChange={(e) => set({ trust: e.currentTarget.value })}
          {...described('trust')}
        >
          <option value="trusted">Trusted: ranked first</option>
          <option value="neutral">Neutral</option>
          <option value="ignored">Ignored: neither collected nor shown</option>
        </select>
        {error('trust')}
      </div>
      <div class="field checks">
        <label>
          <input
            type="checkbox"
            checked={input.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
          />{' '}
          Enabled
        </label>
        <label>
          <input
            type="checkbox"
            checked={input.factChecker}
            onChange={(e) => set({ factChecker: e.currentTarget.checked })}
          />{' '}
          Fact-checker
        </label>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {editing ? 'Save changes' : 'Add source'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
