import { isJsonObject, type Json, type JsonObject } from '../template/json';

/** One statement of a policy, normalised: single values become lists; the raw values stay unresolved. */
export interface Statement {
  effect: 'Allow' | 'Deny' | 'Invalid';
  action?: Json[];
  notAction?: Json[];
  resource?: Json[];
  notResource?: Json[];
  principal?: Json;
  notPrincipal?: Json;
  condition?: JsonObject;
  /** JSON pointer of the statement, relative to the policy document. */
  pointer: string;
}

const list = (v: Json | undefined): Json[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** The statements of a policy document (Statement may be one object or a list). Never throws. */
export function statementsOf(document: Json | undefined): Statement[] {
  if (!isJsonObject(document)) return [];
  const raw = document.Statement;
  const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return statements.flatMap((s, i) => {
    if (!isJsonObject(s)) return [];
    const effect = s.Effect === 'Allow' || s.Effect === 'Deny' ? s.Effect : 'Invalid';
    return [
      {
        effect,
        action: list(s.Action),
        notAction: list(s.NotAction),
        resource: list(s.Resource),
        notResource: list(s.NotResource),
        principal: s.Principal,
        notPrincipal: s.NotPrincipal,
        condition: isJsonObject(s.Condition) ? s.Condition : undefined,
        pointer: Array.isArray(raw) ? `/Statement/${i}` : '/Statement',
      },
    ];
  });
}
