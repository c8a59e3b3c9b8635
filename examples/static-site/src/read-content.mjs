// Reading the example content folder: one place for every page module, so each collection is
// read the same way (every .json file of a subfolder, in file-name order, validated).
import { readdirSync, readFileSync } from 'node:fs';

/** Parses every JSON file in a content subfolder with `parse`, sorted by file name. */
export function readCollection(content, folder, parse) {
  const dir = new URL(`${folder}/`, content);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))));
}

/** The first item of a collection the site needs one of; a clear error when there is none. */
export function readOne(content, folder, parse) {
  const [first] = readCollection(content, folder, parse);
  if (!first) throw new Error(`static-site: no ${folder}/*.json in the example content`);
  return first;
}
