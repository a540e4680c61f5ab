#!/usr/bin/env node
// Validates JSON and JSON Lines files against one of dossier's JSON Schemas (draft 2020-12), with
// ajv. Every *.schema.json beside the chosen schema is loaded too, so that $refs between them
// resolve.
//
//   usage: validate.js SCHEMA[#/$defs/NAME] FILE...
//
// A FILE ending in .jsonl holds one instance per non-blank line; any other FILE is one instance.
// Each error is printed as `file:line: /instance/path: message`. Exit status: 0 if every instance
// is valid, 1 if any is not (or a file cannot be read or parsed), 2 on a usage or schema error.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const jsonSourceMap = require('json-source-map');

function usage(message) {
  process.stderr.write(`validate.js: ${message}\nusage: validate.js SCHEMA[#/$defs/NAME] FILE...\n`);
  process.exit(2);
}

// Compiles the schema at `schemaArg` (a path, optionally with a JSON Pointer fragment) with every
// schema in its directory registered by $id.
function loadValidator(schemaArg) {
  const [schemaPath, fragment] = schemaArg.split('#');
  const dir = path.dirname(schemaPath);
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  let chosenId = null;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.schema.json')).sort()) {
    const file = path.join(dir, name);
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!schema.$id) usage(`${file}: the schema has no $id`);
    ajv.addSchema(schema);
    if (path.resolve(file) === path.resolve(schemaPath)) chosenId = schema.$id;
  }
  if (chosenId === null) usage(`${schemaPath}: not a *.schema.json file`);
  let validate;
  try {
    validate = ajv.getSchema(fragment ? `${chosenId}#${fragment}` : chosenId);
  } catch (e) {
    usage(`${schemaArg}: the schema does not compile: ${e.message}`);  // strict mode catches schema mistakes
  }
  if (!validate) usage(`${schemaArg}: no such schema`);
  return validate;
}

// ajv's message, with the detail that names the culprit where ajv keeps it in params, and a
// pattern's description rather than the regular expression.
function describe(error) {
  const p = error.params;
  if (error.keyword === 'pattern') return `does not have the form: ${error.parentSchema.description || p.pattern}`;
  if (error.keyword === 'additionalProperties') return `${error.message} (\`${p.additionalProperty}\`)`;
  if (error.keyword === 'enum') return `${error.message}: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'const') return `${error.message}: ${JSON.stringify(p.allowedValue)}`;
  return error.message;
}

// The errors worth printing. An `if` error only says that a `then` failed, and for a value that
// may be null, "must be null" and "must match a schema in anyOf" only echo the real error beside
// them; the errors inside say why.
function reported(errors) {
  const echo = (e) => e.keyword === 'if' || e.keyword === 'anyOf' || (e.keyword === 'type' && e.params.type === 'null');
  return errors.filter((e) => !echo(e) || (e.keyword !== 'if' &&
      !errors.some((o) => !echo(o) && o.instancePath === e.instancePath)));
}

// The 1-based line of a JSON Pointer in a parsed file, or of the nearest enclosing value.
function lineOf(pointers, pointer) {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (pointers[p]) return (pointers[p].key || pointers[p].value).line + 1;
    if (p === '') return 1;
  }
}

function lineOfOffset(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

// Validates every instance in `file`; prints its errors and returns how many instances failed.
function checkFile(validate, file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.log(`${file}: cannot read: ${e.message}`);
    return 1;
  }
  let failed = 0;
  const report = (line, instancePath, message) => console.log(`${file}:${line}: ${instancePath || '/'}: ${message}`);
  if (file.endsWith('.jsonl')) {
    text.split('\n').forEach((lineText, index) => {
      if (lineText.trim() === '') return;
      let instance;
      try {
        instance = JSON.parse(lineText);
      } catch (e) {
        report(index + 1, '', `not JSON: ${e.message}`);
        ++failed;
        return;
      }
      if (validate(instance)) return;
      ++failed;
      for (const error of reported(validate.errors)) report(index + 1, error.instancePath, describe(error));
    });
    return failed;
  }
  let parsed;
  try {
    parsed = jsonSourceMap.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(e.message);
    report(at ? lineOfOffset(text, Number(at[1])) : 1, '', `not JSON: ${e.message}`);
    return 1;
  }
  if (validate(parsed.data)) return 0;
  for (const error of reported(validate.errors)) {
    const culprit = error.keyword === 'additionalProperties'
      ? `${error.instancePath}/${error.params.additionalProperty.replace(/~/g, '~0').replace(/\//g, '~1')}`
      : error.instancePath;
    report(lineOf(parsed.pointers, culprit), error.instancePath, describe(error));
  }
  return 1;
}

function main(args) {
  if (args.length < 2) usage('needs a schema and at least one file');
  const validate = loadValidator(args[0]);
  let failed = 0;
  for (const file of args.slice(1)) failed += checkFile(validate, file);
  process.exit(failed > 0 ? 1 : 0);
}

main(process.argv.slice(2));
