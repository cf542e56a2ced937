import { useId, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: string;
  /** Why a value is refused, or undefined when it is acceptable. */
  check?: (value: string) => string | undefined;
  /** Applies an accepted value; called on Enter and when the field loses focus. */
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
}

/**
 * A field that keeps the user's draft, says at once why a value is refused, and changes the design
 * only with an accepted value. A refused draft stays in the field so nothing typed is lost.
 */
export function TextField({ label, value, check, onCommit, multiline, placeholder, hint }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const shown = draft ?? value;
  const error = draft !== null ? check?.(draft) : undefined;
  const commit = () => {
    if (draft === null || error) return;
    if (draft !== value) onCommit(draft);
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') setDraft(null);
  };
  const common = {
    id,
    value: shown,
    placeholder,
    spellCheck: false,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={6} {...common} /> : <input type="text" {...common} />}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {!error && hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
