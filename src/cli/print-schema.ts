import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { buildInnographSchema, printSortedSchema } from "../graphql/build-schema";

buildInnographSchema().then(schema => {
  const file = path.join(projectRoot, "schema", "schema.graphql");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, printSortedSchema(schema));
  process.stdout.write(`wrote ${path.relative(projectRoot, file)}\n`);
});
