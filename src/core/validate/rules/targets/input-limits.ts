import { parsePath } from '../../../delivery/json-path';
import type { Finding, ValidationRule } from '../../types';
import { targetFacts, targetName } from '../permissions/target-facts';

/** Input: "Valid JSON text", at most 8,192 characters; InputPath: at most 256 (schema of AWS::Events::Rule Target). */
const MAX_INPUT = 8192;
const MAX_INPUT_PATH = 256;

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export const inputLimits: ValidationRule = {
  id: 'TGT-06',
  severity: 'error',
  title: 'Input is JSON text and InputPath a JSON path, within their limits',
  why: "EventBridge sends Input as the target's payload and requires valid JSON text of at most 8,192 characters; InputPath is a JSON path ($.detail, dot or bracket notation) of at most 256 characters. Anything else is refused by PutTargets.",
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const found: Finding[] = [];
      const where = `target ${targetName(t)} of ${t.ruleId}`;
      const base = { resource: t.ruleId, target: { rule: t.ruleId, index: t.index } };
      const { Input: input, InputPath: path } = t.target;
      if (typeof input === 'string') {
        if (input.length > MAX_INPUT)
          found.push({
            ...base,
            path: `${t.path}/Input`,
            message: `The Input of ${where} has ${input.length} characters; EventBridge accepts at most ${MAX_INPUT}.`,
          });
        else if (!parsesAsJson(input))
          found.push({
            ...base,
            path: `${t.path}/Input`,
            message: `The Input of ${where} is not valid JSON text; EventBridge sends Input as the payload and requires JSON (a string needs quotes: "\\"text\\"").`,
          });
      }
      if (typeof path === 'string') {
        if (path.length > MAX_INPUT_PATH)
          found.push({
            ...base,
            path: `${t.path}/InputPath`,
            message: `The InputPath of ${where} has ${path.length} characters; EventBridge accepts at most ${MAX_INPUT_PATH}.`,
          });
        else if (!parsePath(path.trim(), true))
          found.push({
            ...base,
            path: `${t.path}/InputPath`,
            message: `The InputPath of ${where}, "${path}", is not a JSON path such as $.detail or $.detail.state.`,
          });
      }
      return found;
    });
  },
};
