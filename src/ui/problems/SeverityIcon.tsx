import type { Severity } from '../../core/validate/types';

const GLYPH: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

/** A small round badge; the severity is also said in words around it, never by colour alone. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity-${severity}`} aria-hidden="true">
      {GLYPH[severity]}
    </span>
  );
}
