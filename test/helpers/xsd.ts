// XML Schema validation for tests, with libxml2's xmllint compiled to
// WebAssembly (xmllint-wasm): the reference validator behind most SC
// validators, and no native build step on CI machines.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const scRoot = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/samenwerkende-catalogi/standaarden.overheid.nl');

/** The Samenwerkende Catalogi 4.0 schema files (see test/fixtures/samenwerkende-catalogi/README.md). */
function scSchemaFiles() {
  const files: { fileName: string; contents: string }[] = [];
  for (const dir of ['owms/4.0/xsd', 'sc/4.0/xsd']) {
    for (const f of readdirSync(join(scRoot, dir))) files.push({ fileName: `${dir}/${f}`, contents: readFileSync(join(scRoot, dir, f), 'utf8') });
  }
  return files;
}

/** Validates a document against sc.xsd; returns xmllint's error messages (empty when valid). */
export async function scSchemaErrors(xml: string): Promise<string[]> {
  const files = scSchemaFiles();
  const main = files.find((f) => f.fileName === 'sc/4.0/xsd/sc.xsd')!;
  const result = await validateXML({
    xml: { fileName: 'export.xml', contents: xml },
    schema: main,
    preload: files.filter((f) => f !== main),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
