import "reflect-metadata";
import { loadConfig } from "../config";
import { seedCoverage } from "../seed/seed-coverage";

/** npm run seeds:coverage: per article, the body sentences no fact quotes, so a curator sees what is left. */
const config = loadConfig();
for (const article of seedCoverage(config.seedsDir, config.articlesDir)) {
  const quoted = article.sentences.filter(s => s.quoted).length;
  process.stdout.write(`${article.file}: ${quoted}/${article.sentences.length} body sentences quoted\n`);
  for (const s of article.sentences.filter(x => !x.quoted)) process.stdout.write(`  unquoted: ${s.sentence}\n`);
}
