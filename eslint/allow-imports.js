// Local ESLint rules for the layering of ARCHITECTURE.md, written as allow-lists (after VS Code's
// code-import-patterns): a folder lists what it may import, and anything else is an error.
//
//   allow-imports: every module a file names (import, export ... from, import(), require(),
//   import x = require(), and `import('x')` in types) must match the folder's allow-list.
//   known-folder:  reports any source file outside the known folders.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const builtins = new Set(builtinModules);
// Folder names in the allow-lists are relative to the project root (this file's parent), whatever the cwd.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a module specifier names: a file of the project (root-relative), a Node builtin or a package. */
function classify(specifier, filename) {
  const bare = specifier.split('?')[0];
  if (bare.startsWith('.') || bare.startsWith('/')) {
    const absolute = path.resolve(path.dirname(filename), bare);
    return { kind: 'file', name: path.relative(ROOT, absolute).split(path.sep).join('/') };
  }
  if (bare.startsWith('node:') || builtins.has(bare.split('/')[0])) return { kind: 'builtin', name: bare };
  const parts = bare.split('/');
  return { kind: 'package', name: bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

/** Whether a root-relative file path lies in one of the allowed folders (`dir/`) or is an allowed file. */
function inFolders(file, folders) {
  return folders.some((folder) => (folder.endsWith('/') ? file.startsWith(folder) || file === folder.slice(0, -1) : file === folder));
}

function allowed(target, options) {
  if (target.kind === 'builtin') return options.builtins === true;
  if (target.kind === 'package') return (options.packages ?? []).includes(target.name);
  const denied = options.denyFolders ?? [];
  const exceptions = options.exceptFiles ?? [];
  if (inFolders(target.name, denied) && !exceptions.some((file) => target.name === file || target.name + '.ts' === file)) return false;
  return inFolders(target.name, options.folders ?? []);
}

const allowImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow-list of what a folder may import' },
    schema: [
      {
        type: 'object',
        properties: {
          folder: { type: 'string' },
          folders: { type: 'array', items: { type: 'string' } },
          denyFolders: { type: 'array', items: { type: 'string' } },
          exceptFiles: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          builtins: { type: 'boolean' },
          why: { type: 'string' },
        },
        required: ['folder'],
        additionalProperties: false,
      },
    ],
    messages: {
      notAllowed: "{{folder}} may not import '{{specifier}}' ({{what}}). {{why}}",
      computed: '{{folder}}: a module name computed at run time cannot be checked; name the module literally.',
    },
  },
  create(context) {
    const options = context.options[0];
    const filename = context.filename;

    function check(node, source) {
      if (!source) return;
      let specifier = null;
      if (source.type === 'Literal' && typeof source.value === 'string') specifier = source.value;
      else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) specifier = source.quasis[0].value.cooked;
      if (specifier === null) {
        context.report({ node, messageId: 'computed', data: { folder: options.folder } });
        return;
      }
      const target = classify(specifier, filename);
      if (allowed(target, options)) return;
      const what =
        target.kind === 'file' ? `a file in ${target.name.split('/')[0]}/` : target.kind === 'builtin' ? 'a Node builtin' : 'a package';
      context.report({ node, messageId: 'notAllowed', data: { folder: options.folder, specifier, what, why: options.why ?? '' } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression),
      TSImportType: (node) => {
        const source = node.source ?? node.argument;
        check(node, source.type === 'TSLiteralType' ? source.literal : source);
      },
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isResolve =
          callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'require' && !callee.computed;
        if (isRequire || isResolve) check(node, node.arguments[0]);
      },
    };
  },
};

const knownFolder = {
  meta: {
    type: 'problem',
    docs: { description: 'Source files live only in the known folders' },
    schema: [{ type: 'object', properties: { known: { type: 'string' } }, additionalProperties: false }],
    messages: { unknown: 'A source file outside the known folders ({{known}}): move it, or give its folder a rule in eslint.config.js.' },
  },
  create(context) {
    return {
      Program: (node) =>
        context.report({ node, loc: { line: 1, column: 0 }, messageId: 'unknown', data: { known: context.options[0]?.known ?? '' } }),
    };
  },
};

export default { meta: { name: 'impactwijzer-local' }, rules: { 'allow-imports': allowImports, 'known-folder': knownFolder } };
