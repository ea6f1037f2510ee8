#!/usr/bin/env python3
"""Checks that every place naming a dataetik release names the same version.

    python3 scripts/check-versions.py [EXPECTED]

The version is the root Cargo.toml's (package.version, or workspace.package.version when the
package inherits it). It must also be:
  - the pre-commit mirror's version and its pin `dataetik==VERSION`
    (packaging/pre-commit/pyproject.toml), so the mirror tag vVERSION installs this release;
  - the default `version` input of action.yml, so dataetik/dataetik@vVERSION installs VERSION;
  - every `dataetik/dataetik@v...`, mirror `rev: v...`, `dataetik==...` and `dataetik@...` in
    README.md, docs/ and packaging/pre-commit/README.md.
EXPECTED (a release tag without its `v`) must equal it too: the release workflow passes the tag.
Exits 1 listing every place to change. Standard library only (Python 3.11+ for tomllib).
"""

import pathlib
import re
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def cargo_version():
    manifest = tomllib.loads((ROOT / "Cargo.toml").read_text(encoding="utf-8"))
    version = manifest.get("package", {}).get("version")
    if isinstance(version, dict) and version.get("workspace"):
        version = manifest["workspace"]["package"]["version"]
    return version


def main(argv):
    version = cargo_version()
    problems = []
    if len(argv) > 1 and argv[1].lstrip("v") != version:
        problems.append(f"the tag says {argv[1]}, Cargo.toml says {version}")

    mirror_file = ROOT / "packaging/pre-commit/pyproject.toml"
    mirror = tomllib.loads(mirror_file.read_text(encoding="utf-8"))["project"]
    if mirror.get("version") != version:
        problems.append(f"{mirror_file.relative_to(ROOT)}: version = {mirror.get('version')!r}")
    if mirror.get("dependencies") != [f"dataetik=={version}"]:
        problems.append(f"{mirror_file.relative_to(ROOT)}: dependencies = {mirror.get('dependencies')!r}")

    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    m = re.search(r"^  version:\n(?:    .*\n)*?    default: \"?([^\"\n]+)\"?$", action, re.M)
    if not m or m.group(1) != version:
        problems.append(f"action.yml: inputs.version.default is {m.group(1) if m else 'missing'}")

    patterns = [
        re.compile(r"dataetik/dataetik@v(\d[\w.+-]*)"),
        re.compile(r"dataetik-pre-commit\n\s+rev: v(\d[\w.+-]*)"),
        re.compile(r"\bdataetik==(\d[\w.+-]*\w)"),
        re.compile(r"\bdataetik@(\d[\w.+-]*\w)"),
    ]
    docs = [ROOT / "README.md", ROOT / "packaging/pre-commit/README.md", ROOT / "action.yml"]
    docs += sorted(p for p in (ROOT / "docs").rglob("*") if p.is_file())
    for path in docs:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            for m in pattern.finditer(text):
                if m.group(1) != version:
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append(f"{path.relative_to(ROOT)}:{line}: {m.group(0)!r}")

    if problems:
        print(f"Versions out of step with Cargo.toml ({version}):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"versions in step: {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
