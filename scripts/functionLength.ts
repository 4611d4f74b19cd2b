// Fails when a source function is longer than MAX_LINES, or any file of source, tests or benchmarks is longer than
// MAX_FILE_LINES (npm run check runs it): long functions are split into named parts, long files along their seams.
// Functions are counted in server/, client/, shared/ and scripts/; files there and in test/ and bench/.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const MAX_LINES = 60;
const SOURCE_DIRS = ['server', 'client', 'shared', 'scripts'];
const MAX_FILE_LINES = 300;
const FILE_DIRS = [...SOURCE_DIRS, 'test', 'bench'];
/**
 * Over the limit when this check was written, not split yet: each entry is "file name". The list only shrinks:
 * an entry whose function is back under the limit must be removed, and nothing new may be added.
 */
const NOT_SPLIT_YET = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

interface LongFunction {
  key: string;
  where: string;
}

/** Every function in `file` longer than MAX_LINES. */
function longFunctions(file: string): LongFunction[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_LINES) found.push({ key: `${file} ${nameOf(node)}`, where: `${file}:${start + 1} ${nameOf(node)} (${lines} lines)` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file of `FILE_DIRS` longer than MAX_FILE_LINES, with its length. */
function longFiles(): string[] {
  return FILE_DIRS.flatMap((dir) => sourceFiles(dir)).flatMap((file) => {
    const lines = fs.readFileSync(file, 'utf8').split('\n').length - 1;
    return lines > MAX_FILE_LINES ? [`${file} (${lines} lines)`] : [];
  });
}

const longFileList = longFiles();
if (longFileList.length) console.error(`Files over ${MAX_FILE_LINES} lines (split them along their seams):\n${longFileList.join('\n')}`);
const long = SOURCE_DIRS.flatMap((dir) => sourceFiles(dir)).flatMap(longFunctions);
const newlyLong = long.filter((f) => !NOT_SPLIT_YET.has(f.key)).map((f) => f.where);
const nowShort = [...NOT_SPLIT_YET].filter((key) => !long.some((f) => f.key === key));
if (newlyLong.length) console.error(`Functions over ${MAX_LINES} lines (split them into named parts):\n${newlyLong.join('\n')}`);
if (nowShort.length) console.error(`Under ${MAX_LINES} lines now: remove from NOT_SPLIT_YET in scripts/functionLength.ts:\n${nowShort.join('\n')}`);
if (newlyLong.length || nowShort.length || longFileList.length) process.exit(1);
