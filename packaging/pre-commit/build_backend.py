"""A PEP 517 build backend for the pre-commit mirror: it writes a wheel that holds only
metadata (name, version and the pinned `dataetik==VERSION` dependency), read from the
`[project]` table of pyproject.toml.

Why not setuptools (as ruff-pre-commit does): pip would first download setuptools into an
isolated build environment. This backend needs nothing, so installing the hook fetches exactly
one package, the dataetik wheel, which matters behind a municipal package proxy and keeps the
install to seconds. It is deliberately small and handles only the fields used here.
"""

import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

try:
    import tomllib
except ImportError:  # Python < 3.11; pyproject.toml asks for tomli there.
    import tomli as tomllib

_HERE = os.path.dirname(os.path.abspath(__file__))
_EPOCH = (1980, 1, 1, 0, 0, 0)


def _project():
    with open(os.path.join(_HERE, "pyproject.toml"), "rb") as f:
        project = tomllib.load(f)["project"]
    for key in ("name", "version"):
        if not isinstance(project.get(key), str):
            raise ValueError("pyproject.toml: [project] needs a string " + key)
    return project


def _dist_name(project):
    return re.sub(r"[-_.]+", "_", project["name"]).lower()


def _metadata(project):
    lines = [
        "Metadata-Version: 2.1",
        "Name: " + project["name"],
        "Version: " + project["version"],
    ]
    if project.get("description"):
        lines.append("Summary: " + project["description"])
    if project.get("requires-python"):
        lines.append("Requires-Python: " + project["requires-python"])
    lines += ["Requires-Dist: " + d for d in project.get("dependencies", [])]
    return "\n".join(lines) + "\n"


def _dist_info(project):
    return "{}-{}.dist-info".format(_dist_name(project), project["version"])


_WHEEL = "Wheel-Version: 1.0\nGenerator: dataetik-pre-commit build_backend\nRoot-Is-Purelib: true\nTag: py3-none-any\n"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    project = _project()
    dist_info = _dist_info(project)
    os.makedirs(os.path.join(metadata_directory, dist_info), exist_ok=True)
    for name, text in (("METADATA", _metadata(project)), ("WHEEL", _WHEEL)):
        with open(os.path.join(metadata_directory, dist_info, name), "w", encoding="utf-8") as f:
            f.write(text)
    return dist_info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _project()
    dist_info = _dist_info(project)
    files = [
        (dist_info + "/METADATA", _metadata(project).encode("utf-8")),
        (dist_info + "/WHEEL", _WHEEL.encode("utf-8")),
    ]
    record = io.StringIO()
    for path, data in files:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.write("{},sha256={},{}\n".format(path, digest, len(data)))
    record.write(dist_info + "/RECORD,,\n")
    files.append((dist_info + "/RECORD", record.getvalue().encode("utf-8")))
    filename = "{}-{}-py3-none-any.whl".format(_dist_name(project), project["version"])
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w", zipfile.ZIP_DEFLATED) as whl:
        for path, data in files:
            info = zipfile.ZipInfo(path, _EPOCH)
            info.external_attr = 0o644 << 16
            whl.writestr(info, data, zipfile.ZIP_DEFLATED)
    return filename


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    base = "{}-{}".format(_dist_name(project), project["version"])
    filename = base + ".tar.gz"
    pkg_info = _metadata(project).encode("utf-8")
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name in ("pyproject.toml", "build_backend.py", ".pre-commit-hooks.yaml", "README.md"):
            path = os.path.join(_HERE, name)
            if os.path.exists(path):
                tar.add(path, arcname=base + "/" + name)
        info = tarfile.TarInfo(base + "/PKG-INFO")
        info.size = len(pkg_info)
        tar.addfile(info, io.BytesIO(pkg_info))
    return filename
