import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTemplate, type ReadResult } from '../io/read-template';
import { validate } from '../validate/validate';
import type { Diagnostic } from '../validate/types';

// Published templates (AWS's serverless patterns and other public samples) kept beside the project:
// /work/shared/corpus, with its README and the manifest of verdicts for public/templates.
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const isTemplate = (f: string) => /\.(ya?ml|json|template)$/.test(f) && f !== 'manifest.json';
const filesIn = (dir: string) => readdirSync(join(corpus, dir)).filter(isTemplate).sort();
const read = (path: string): ReadResult => readTemplate(readFileSync(join(corpus, path), 'utf8'));

const listed = (ds: Diagnostic[]) => ds.map((d) => `  ${d.ruleId} ${d.path}: ${d.message}`).join('\n');
const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const warningsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'warning');

/** A finding the validator must give: its rule, where, and words that name the mistake. */
interface Expected {
  ruleId: string;
  path: string;
  message: RegExp;
}

/** What the validator must say of one template: it does not read (and why), or exactly these errors, or these warnings and no error. */
type Verdict = { parse: RegExp } | { errors: Expected[] } | { warnings: Expected[] };

/** The template does not read, and the reason names its mistake. */
function expectParseProblem(file: string, result: ReadResult, reason: RegExp): void {
  expect(result.ok, `${file} reads, but its text is broken`).toBe(false);
  if (!result.ok) expect(result.problem.message, `${file}: the reason it does not read`).toMatch(reason);
}

/** The findings of one severity are exactly the expected ones, each at its place and with words that name the mistake. */
function expectExactly(file: string, found: Diagnostic[], expected: Expected[], what: string): void {
  const key = (d: { ruleId: string; path: string }) => `${d.ruleId} ${d.path}`;
  expect(found.map(key).sort(), `${file} gets other ${what} than its mistakes:\n${listed(found)}`).toEqual(expected.map(key).sort());
  for (const e of expected) {
    const d = found.find((f) => key(f) === key(e))!;
    expect(d.message, `${file}: ${key(e)} does not say what is wrong`).toMatch(e.message);
  }
}

function expectVerdict(file: string, result: ReadResult, verdict: Verdict): void {
  if ('parse' in verdict) return expectParseProblem(file, result, verdict.parse);
  if (!result.ok) throw new Error(`${file} does not read: ${result.problem.message}`);
  const found = validate(result.template);
  if ('errors' in verdict) return expectExactly(file, errorsOf(found), verdict.errors, 'errors');
  expect(errorsOf(found), `${file} gets errors:\n${listed(errorsOf(found))}`).toEqual([]);
  const warnings = warningsOf(found);
  for (const w of verdict.warnings) {
    const match = warnings.find((d) => d.ruleId === w.ruleId && d.path === w.path);
    expect(match, `${file} lacks the warning ${w.ruleId} ${w.path}; it gets:\n${listed(warnings)}`).toBeDefined();
    expect(match!.message, `${file}: ${w.ruleId} ${w.path} does not say what is wrong`).toMatch(w.message);
  }
}

describe('the serverless patterns, published working examples, get no error from the validator', () => {
  const files = filesIn('serverless-patterns');

  it('are all there', () => {
    expect(files.length).toBe(39);
  });

  for (const file of files) {
    it(file, () => {
      const result = read(join('serverless-patterns', file));
      if (!result.ok) throw new Error(`${file} does not read: ${result.problem.message}`);
      const errors = errorsOf(validate(result.template));
      expect(errors, `${file} gets ${errors.length} error(s):\n${listed(errors)}`).toEqual([]);
    });
  }
});

interface ManifestEntry {
  file: string;
  verdict: string;
  expect: 'no error' | 'warning' | 'error';
}
const manifest = JSON.parse(readFileSync(join(corpus, 'public', 'manifest.json'), 'utf8')) as ManifestEntry[];

const TEMPLATE = 'aws_serverless-application-model__tests_translator_';
const auth0Rule = (rule: string): Expected => ({
  ruleId: 'TGT-04',
  path: `/Resources/${rule}/Properties/Targets/0`,
  message: new RegExp(
    `^Nothing allows EventBridge to invoke SaveAuth0EventToS3 for rule ${rule} .*PermissionForEventsToInvokeLambda does not count: its SourceArn \\(SuccessfullSignIn\\.Arn\\) is not this rule's ARN`,
  ),
});
const noSourceArn = (permission: string): Expected => ({
  ruleId: 'LPERM-06',
  path: `/Resources/${permission}/Properties`,
  message: new RegExp(`^${permission} lets any EventBridge rule invoke the function: it has no SourceArn`),
});

/** What the manifest's error and warning verdicts mean, said per file. */
const VERDICTS: Record<string, Verdict> = {
  // "broken: YAML duplicate mapping key 'VPC' under Resources"
  'aws-samples_step-functions-workflows-collection__cqrs_template.yaml': { parse: /^The key "VPC" appears twice in the same mapping/ },
  // "broken: invalid YAML - two short-form tags on one node (`!GetAZs !Ref AWS::Region`, line 88)"
  'aws-samples_step-functions-workflows-collection__parallelized-embedding-pipeline_template.yaml': {
    parse: /^Not valid YAML: A node can have at most one tag at line 88/,
  },
  // "broken: SuccessfullSignUp, SuccessfullSignOutSuccess, SignInFail: missing Lambda permission for this rule
  // (events permissions on this function are bound to other rule(s): SuccessfullSignIn)"
  'aws-samples_amazon-eventbridge-integration-with-auth0__template.yaml': {
    errors: [auth0Rule('SuccessfullSignUp'), auth0Rule('SuccessfullSignOutSuccess'), auth0Rule('SignInFail')],
  },
  // "broken: SAM transform rejects it - EventBridgeRule event sets both State and Enabled"
  [`${TEMPLATE}input_error_function_with_invalid_event_bridge_rule.yaml`]: {
    errors: [
      {
        ruleId: 'SAM-01',
        path: '/Resources/TestFunction/Properties/Events/TestEventBridgeRule/Properties/Enabled',
        message: /^State and Enabled cannot both be set on one event; SAM refuses the template/,
      },
    ],
  },
  // "broken: SAM transform rejects it - DeadLetterConfig has neither Arn nor Type (misspelled QueuelogicalId)"
  [`${TEMPLATE}input_error_state_machine_with_cwe_missing_dlq_property.yaml`]: {
    errors: [
      {
        ruleId: 'SAM-01',
        path: '/Resources/StateMachine/Properties/Events/CWEvent/Properties/DeadLetterConfig',
        message:
          /^DeadLetterConfig needs either Arn or Type: SQS; SAM refuses the template\. QueuelogicalId is not a key SAM knows \(QueueLogicalId\?\)/,
      },
    ],
  },
  // "broken: MyNewEventsRule: target Arn references undefined logical id StateMachine"
  [`${TEMPLATE}input_connector_rule_to_sns.yaml`]: {
    errors: [
      {
        ruleId: 'CFN-07',
        path: '/Resources/MyNewEventsRule/Properties/Targets/0/Arn/Fn::GetAtt',
        message: /^Fn::GetAtt names "StateMachine", which is neither a resource nor a parameter of this template/,
      },
    ],
  },
  // "broken: ... Lambda permission without SourceArn" for eleven rules, whose two functions have one permission each.
  'aws-cloudformation_cfn-lint__test_fixtures_templates_quickstart_cis_benchmark.yaml': {
    warnings: [
      noSourceArn('LambdaPermissionForCloudTrailCloudWatchEventRules'),
      noSourceArn('LambdaPermissionForDisableUnusedCredentials'),
    ],
  },
};

/**
 * Templates the manifest calls correct ("no error") that CloudFormation or EventBridge would refuse:
 * the validator must name the mistake, and the manifest is to be corrected. Each with its evidence.
 */
const MANIFEST_IS_WRONG: Record<string, { why: string; errors: Expected[] }> = {
  // The registry schemas of AWS::SNS::Topic and AWS::SQS::Queue have additionalProperties false and no
  // Name property (TopicName, QueueName): CloudFormation refuses the unknown property.
  'aws-samples_step-functions-workflows-collection__eventbridge-custom-sam_template.yaml': {
    why: 'SNSTopic and SQSQueue set Name, which neither type has (TopicName, QueueName)',
    errors: [
      { ruleId: 'CFN-05', path: '/Resources/SNSTopic/Properties/Name', message: /^AWS::SNS::Topic has no property "Name"/ },
      { ruleId: 'CFN-05', path: '/Resources/SQSQueue/Properties/Name', message: /^AWS::SQS::Queue has no property "Name"/ },
    ],
  },
  // SAM's translator test: the state machine's Definition (input) and DefinitionSubstitutions (output)
  // read Fn::GetAtt StateMachineFunction.Arn, and the template declares no StateMachineFunction.
  [`${TEMPLATE}input_connector_rule_to_sfn.yaml`]: {
    why: 'the Definition reads Fn::GetAtt StateMachineFunction.Arn, which the template does not declare',
    errors: [
      {
        ruleId: 'CFN-07',
        path: '/Resources/StateMachine/Properties/Definition/States/MyLambdaState/Resource/Fn::GetAtt',
        message: /^Fn::GetAtt names "StateMachineFunction", which is neither a resource nor a parameter/,
      },
    ],
  },
  [`${TEMPLATE}output_connector_rule_to_sfn.json`]: {
    why: 'DefinitionSubstitutions reads Fn::GetAtt StateMachineFunction.Arn, which the template does not declare',
    errors: [
      {
        ruleId: 'CFN-07',
        path: '/Resources/StateMachine/Properties/DefinitionSubstitutions/definition_substitution_1/Fn::GetAtt',
        message: /^Fn::GetAtt names "StateMachineFunction", which is neither a resource nor a parameter/,
      },
    ],
  },
  // Three rules named mynewabc, all on the default bus: a rule name is unique per bus (PutRule).
  [`${TEMPLATE}input_embedded_connectors_rule_to.yaml`]: {
    why: 'MyEventsRule1, MyEventsRule2 and MyEventsRuleToDefaultBus are all named mynewabc on the default bus',
    errors: [
      {
        ruleId: 'R-01',
        path: '/Resources/MyEventsRule2/Properties/Name',
        message: /^Rules MyEventsRule1 and MyEventsRule2 are both named "mynewabc"/,
      },
      {
        ruleId: 'R-01',
        path: '/Resources/MyEventsRuleToDefaultBus/Properties/Name',
        message: /^Rules MyEventsRule1 and MyEventsRuleToDefaultBus are both named "mynewabc"/,
      },
    ],
  },
  // The target sets Input and InputPath (an Fn::If whose two branches are both values): PutTargets
  // takes at most one of Input, InputPath and InputTransformer ("mutually exclusive",
  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html).
  [`${TEMPLATE}output_cloudwatchevent_intrinsics.json`]: {
    why: 'target LambdaFunctionOnTerminateLambdaTarget sets both Input and InputPath',
    errors: [
      {
        ruleId: 'TGT-05',
        path: '/Resources/LambdaFunctionOnTerminate/Properties/Targets/0',
        message: /sets Input and InputPath; a target takes at most one of Input, InputPath and InputTransformer/,
      },
    ],
  },
};

describe('the public templates get the verdict the manifest gives them', () => {
  it('are all in the manifest, and the manifest names no file that is not there', () => {
    expect(manifest.map((m) => m.file).sort()).toEqual(filesIn(join('public', 'templates')));
  });

  it('have an explicit expectation for every error and warning verdict', () => {
    const missing = manifest
      .filter((m) => m.expect !== 'no error' && !VERDICTS[m.file])
      .map((m) => `${m.file} (${m.expect}: ${m.verdict})`);
    expect(missing).toEqual([]);
    for (const [file, verdict] of Object.entries(VERDICTS)) {
      const expected = 'parse' in verdict || 'errors' in verdict ? 'error' : 'warning';
      expect(manifest.find((m) => m.file === file)?.expect, file).toBe(expected);
    }
  });

  for (const entry of manifest) {
    const wrong = MANIFEST_IS_WRONG[entry.file];
    it(`${entry.file} (${wrong ? `the manifest says no error, but ${wrong.why}` : entry.expect})`, () => {
      const result = read(join('public', 'templates', entry.file));
      if (wrong) {
        // When the manifest is corrected, this entry moves to VERDICTS.
        expect(entry.expect, `${entry.file}: the manifest no longer calls it correct`).toBe('no error');
        return expectVerdict(entry.file, result, { errors: wrong.errors });
      }
      if (entry.expect !== 'no error') return expectVerdict(entry.file, result, VERDICTS[entry.file]!);
      if (!result.ok) throw new Error(`${entry.file} does not read: ${result.problem.message}`);
      const errors = errorsOf(validate(result.template));
      expect(errors, `${entry.file} gets ${errors.length} error(s):\n${listed(errors)}`).toEqual([]);
    });
  }
});
