import { useEffect, useState } from 'preact/hooks';
import { parseWholeNumber } from '../shared/ui/number-field.ts';

/** Props of a whole-number setting. */
export interface NumberSettingProps {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  onSave: (value: number) => void;
}

/** A whole-number setting that saves when the reader leaves the field, and only when the number is in range. */
export function NumberSetting({ id, label, hint, value, min, max, onSave }: NumberSettingProps) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const parsed = parseWholeNumber(text, min, max);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    if (parsed.value !== value) onSave(parsed.value);
  };
  return (
    <div class="field number">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        size={10}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
      />
      {hint && !error && (
        <p class="muted hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
