"""Runs shellcheck on every bash `run:` script of GitHub workflow files.

The schema check (check-jsonschema) sees a `run:` as a string; this reads the
script inside it, as actionlint would. A `${{ … }}` expression is replaced by a
plain word first, since GitHub substitutes it before bash runs the script.

Usage: python .ci/shellcheck-workflows.py WORKFLOW.yml...
Needs ruamel.yaml (installed with check-jsonschema) and shellcheck on PATH.
"""

import re
import subprocess
import sys
import tempfile

from ruamel.yaml import YAML

EXPRESSION = re.compile(r"\$\{\{.*?\}\}")


def scripts(path):
    """(where, script) for each bash `run:` in the workflow at `path`."""
    with open(path, encoding="utf-8") as file:
        workflow = YAML(typ="safe").load(file)
    default = (workflow.get("defaults") or {}).get("run", {}).get("shell", "bash")
    for job_id, job in (workflow.get("jobs") or {}).items():
        job_default = (job.get("defaults") or {}).get("run", {}).get("shell", default)
        for number, step in enumerate(job.get("steps") or [], start=1):
            if "run" not in step:
                continue
            shell = step.get("shell", job_default)
            if shell != "bash":
                continue
            name = step.get("name", f"step {number}")
            yield f"{path}: jobs.{job_id}: {name}", step["run"]


def main(paths):
    failed = 0
    checked = 0
    for path in paths:
        for where, script in scripts(path):
            body = EXPRESSION.sub("GITHUB_EXPRESSION", script)
            with tempfile.NamedTemporaryFile("w", suffix=".sh") as file:
                file.write("#!/usr/bin/env bash\n" + body)
                file.flush()
                result = subprocess.run(
                    ["shellcheck", file.name], capture_output=True, text=True
                )
            checked += 1
            if result.returncode != 0:
                failed += 1
                print(f"{where}:\n{result.stdout}", file=sys.stderr)
    print(f"shellcheck: {checked} run scripts, {failed} with findings")
    if checked == 0:
        print("no run scripts found", file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
