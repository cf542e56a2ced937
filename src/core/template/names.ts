/**
 * Names and ids AWS accepts. Each check returns the reason a value is refused, or undefined.
 */
export type NameCheck = (value: string) => string | undefined;

function pattern(re: RegExp, min: number, max: number, what: string, allowed: string): NameCheck {
  return (value) => {
    if (value.length < min || value.length > max) return `${what} must be ${min} to ${max} characters long.`;
    if (!re.test(value)) return `${what} may contain only ${allowed}.`;
    return undefined;
  };
}

/** Logical ids are alphanumeric (A-Za-z0-9), at most 255 characters.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html */
export const checkLogicalId = pattern(/^[A-Za-z0-9]+$/, 1, 255, 'A logical ID', 'letters and digits (A-Z, a-z, 0-9)');

/** Rule names: [.\-_A-Za-z0-9]{1,64}. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html */
export const checkRuleName = pattern(/^[.\-_A-Za-z0-9]+$/, 1, 64, 'A rule name', 'letters, digits, ".", "-" and "_"');

/** Target ids: [.\-_A-Za-z0-9]{1,64}. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html */
export const checkTargetId = pattern(/^[.\-_A-Za-z0-9]+$/, 1, 64, 'A target ID', 'letters, digits, ".", "-" and "_"');

/** Custom event bus names: [/\.\-_A-Za-z0-9]{1,256}, and not "default".
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html */
export const checkEventBusName: NameCheck = (value) =>
  value === 'default'
    ? 'A custom event bus cannot be named "default": that name belongs to the account\'s default bus.'
    : pattern(/^[/.\-_A-Za-z0-9]+$/, 1, 256, 'An event bus name', 'letters, digits, "/", ".", "-" and "_"')(value);

/** Function names: [a-zA-Z0-9-_]{1,64}. https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html */
export const checkFunctionName = pattern(/^[A-Za-z0-9\-_]+$/, 1, 64, 'A function name', 'letters, digits, "-" and "_"');

/** State machine names: 1-80 characters, no whitespace, brackets, wildcards or punctuation
 * like " # % \ ^ | ~ ` $ & , ; : /. https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html */
export const checkStateMachineName: NameCheck = (value) => {
  if (value.length < 1 || value.length > 80) return 'A state machine name must be 1 to 80 characters long.';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what AWS refuses here
  if (/[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/.test(value))
    return 'A state machine name may not contain white space, brackets, wildcards or the characters " # % \\ ^ | ~ ` $ & , ; : /.';
  return undefined;
};
