// Validates JSON documents against the committed schema with Ajv (draft 2020-12, formats checked by ajv-formats).
// Usage: node validate.mjs <schema.json> <file-or-directory>...   Prints one JSON object: { "valid": n, "invalid": [{ file, errors }] }.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...inputs] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

const files = inputs.flatMap((input) =>
  statSync(input).isDirectory()
    ? readdirSync(input).filter((f) => f.endsWith(".json")).sort().map((f) => join(input, f))
    : [input]);
const result = { valid: 0, invalid: [] };
for (const file of files) {
  if (validate(JSON.parse(readFileSync(file, "utf8")))) {
    result.valid++;
  } else {
    result.invalid.push({ file, errors: validate.errors.slice(0, 5).map((e) => `${e.instancePath} ${e.message}`) });
  }
}
process.stdout.write(JSON.stringify(result));
