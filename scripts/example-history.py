#!/usr/bin/env python3
"""Builds a git repository holding the example register with a plausible history, so the
report's "changes since the last report" and the projects' history have something to show.

    python3 scripts/example-history.py OUT_DIR

OUT_DIR must not exist. The repository gets dated commits with Danish subjects: the register
as it stood during 2025 (energy analysis still running, sick-leave analysis not yet approved,
the Jobcenter profiling still in operation, the traffic dashboard without its competences),
the profiling stopped after its bias test, then this year's changes one by one, and finally
today's files. The files of the last commit are exactly the example register in this
repository. Needs git and PyYAML.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
A = "assessments"


def load(name):
    return yaml.safe_load((REPO / A / name).read_text(encoding="utf-8"))


def dump(path, data):
    path.write_text(
        "# Tidligere version af vurderingen (eksempelhistorik).\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )


def copy_today(out, name):
    shutil.copyfile(REPO / A / name, out / A / name)


def commit(out, date, subject):
    env = dict(os.environ)
    stamp = f"{date}T10:00:00+01:00"
    env.update(
        GIT_AUTHOR_DATE=stamp,
        GIT_COMMITTER_DATE=stamp,
        GIT_AUTHOR_NAME="Dataenheden",
        GIT_AUTHOR_EMAIL="dataenheden@example.invalid",
        GIT_COMMITTER_NAME="Dataenheden",
        GIT_COMMITTER_EMAIL="dataenheden@example.invalid",
    )
    subprocess.run(["git", "add", "-A"], cwd=out, check=True, env=env)
    subprocess.run(
        ["git", "commit", "-q", "--no-gpg-sign", "-m", subject], cwd=out, check=True, env=env
    )


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    if out.exists():
        sys.exit(f"{out} exists")
    (out / A / "evidence").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=out, check=True)
    shutil.copyfile(REPO / "dataetik.yaml", out / "dataetik.yaml")
    shutil.copytree(REPO / "projects", out / "projects")
    shutil.copytree(REPO / "suppliers", out / "suppliers")
    for e in (REPO / A / "evidence").iterdir():
        shutil.copyfile(e, out / A / "evidence" / e.name)

    started_2026 = {"ssf-2026-faldrisiko.yaml", "bkf-2026-fravaer-skoler.yaml", "oepf-2026-chatbot.yaml"}
    names = sorted(p.name for p in (REPO / A).glob("*.yaml"))

    # January 2025: the register as it stood during 2025.
    for name in names:
        if name in started_2026:
            continue
        data = load(name)
        lc = data.get("lifecycle", {})
        if name == "bif-2023-profilering-ledige.yaml":
            lc["phase"] = "operation"
            for k in ("ended", "outcome", "data_fate", "data_fate_date"):
                lc.pop(k, None)
            lc["next_review"] = "2026-01-15"
        elif name == "bmf-2023-energiforbrug.yaml":
            lc["phase"] = "operation"
            for k in ("ended", "outcome", "data_fate", "data_fate_date"):
                lc.pop(k, None)
            lc["next_review"] = "2026-03-01"
        elif name == "oepf-2025-sygefravaer.yaml":
            lc["phase"] = "analysis"
            lc.pop("next_review", None)
            data["principles"]["accountability"].pop("approval", None)
        elif name == "bmf-2024-trafikdashboard.yaml":
            data["principles"]["accountability"].pop("competences", None)
        dump(out / A / name, data)
    commit(out, "2025-01-20", "Registret oprettet med de igangværende projekter")

    copy_today(out, "bif-2023-profilering-ledige.yaml")
    commit(out, "2025-11-03", "Profilering af ledige i Jobcentret stoppet efter biastesten; data slettet")

    copy_today(out, "ssf-2026-faldrisiko.yaml")
    commit(out, "2026-01-12", "Nyt projekt: forebyggelse af faldulykker hos ældre")

    copy_today(out, "bkf-2026-fravaer-skoler.yaml")
    commit(out, "2026-02-02", "Nyt projekt: analyse af elevfravær i folkeskolerne")

    copy_today(out, "oepf-2025-sygefravaer.yaml")
    commit(out, "2026-02-10", "Analysen af sygefravær godkendt af direktøren og sat i udvikling")

    copy_today(out, "bmf-2023-energiforbrug.yaml")
    commit(out, "2026-05-04", "Energianalysen afsluttet og resultatet beskrevet")

    copy_today(out, "oepf-2026-chatbot.yaml")
    commit(out, "2026-09-01", "Nyt projekt: chatbot på lyngdal.dk")

    for name in names:
        copy_today(out, name)
    commit(out, "2026-11-20", "Vurderingerne gennemgået før redegørelsen for 2026")


if __name__ == "__main__":
    main()
