// Run by `npm install` (the "prepare" script): points git at .githooks/, whose pre-commit hook
// refuses photos and PDFs that carry a location or a camera's serial number. Does nothing outside
// a git work tree, when CHENBAO_NO_GIT_HOOKS=1 is set, or when the repository already uses hooks
// of its own (core.hooksPath set elsewhere); it says so. Plain JavaScript: it runs before anything
// is compiled.
import { execFileSync } from 'node:child_process';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

try {
  if (process.env.CHENBAO_NO_GIT_HOOKS === '1') {
    console.log('git hooks: not installed (CHENBAO_NO_GIT_HOOKS=1)');
  } else if (git('rev-parse', '--is-inside-work-tree') === 'true') {
    let current = '';
    try {
      current = git('config', '--get', 'core.hooksPath');
    } catch {
      // Not set: git's own .git/hooks are in use.
    }
    if (current && current !== '.githooks') console.log(`git hooks: core.hooksPath is already ${current}; add .githooks/pre-commit to your hooks to keep located photos out`);
    else if (!current) {
      git('config', 'core.hooksPath', '.githooks');
      console.log('git hooks: pre-commit refuses photos and PDFs with a location or a camera serial (opt out: git config --unset core.hooksPath)');
    }
  }
} catch {
  // Not a git work tree (an unpacked archive), or no git: nothing to install.
}
